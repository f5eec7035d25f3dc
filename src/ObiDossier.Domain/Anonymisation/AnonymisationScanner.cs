using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Finds personal data in free text: this case's own vault values, structured identifiers (BSN,
/// V-number, document numbers, IBAN, phone, e-mail, postcode, dates of birth) and other people's
/// names. Stateless and thread-safe: one instance can serve every request. Findings hold offsets
/// only; the scanner never logs, and never puts text or vault values in an exception.
/// </summary>
public sealed class AnonymisationScanner
{
    // Dates count as a birth date when a cue such as "geboren" or "born" stands this far before them.
    private const int BirthCueWindow = 48;

    /// <summary>Scans <paramref name="text"/>; with a <paramref name="vault"/>, also for that case's own values.</summary>
    /// <returns>Disjoint findings ordered by <see cref="AnonymisationFinding.Start"/>.</returns>
    public IReadOnlyList<AnonymisationFinding> Scan(string text, PersonalData? vault = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];

        // Scan what the reader sees, not how it is spelled: no zero-width character, full-width
        // digit or Cyrillic look-alike hides an identifier. Findings point into the original text.
        var (view, map) = TextNormaliser.MatchingView(text);
        var found = ScanView(view, vault);
        return map is null ? found : [.. found.Select(f => TextNormaliser.ToSource(f, map, text))];
    }

    private static IReadOnlyList<AnonymisationFinding> ScanView(string text, PersonalData? vault)
    {
        if (text.Length == 0) return [];

        var targets = vault is null ? null : VaultTargets.From(vault);
        var tokens = TextFolding.Tokenise(text);
        var raw = new List<AnonymisationFinding>();

        if (targets is { IsEmpty: false })
            VaultMatcher.Find(text, TextFolding.Fold(text), tokens, targets, raw);
        StructuredDetector.Find(text, raw);
        FindDates(text, targets?.DateOfBirth, raw);
        PersonNameDetector.Find(text, tokens, raw);

        return FindingMerger.Merge(text, raw);
    }

    private static void FindDates(string text, DateOnly? vaultDate, List<AnonymisationFinding> raw)
    {
        foreach (var date in DateMentions.Find(text))
        {
            if (date.Date == vaultDate)
                raw.Add(new AnonymisationFinding(FindingKinds.VaultValue, date.Start, date.Length));
            else if (ReadsAsBirthDate(text, date))
                raw.Add(new AnonymisationFinding(FindingKinds.DateOfBirth, date.Start, date.Length));
        }
    }

    // The rule (README): a birth cue in the same clause just before the date, or the date in
    // brackets straight after a capitalised word, as in "A. Karimi (14-03-1961)".
    private static bool ReadsAsBirthDate(string text, DateMention date)
    {
        var from = Math.Max(0, date.Start - BirthCueWindow);
        if (StructuredPatterns.BirthCueBefore().IsMatch(text.AsSpan(from, date.Start - from))) return true;
        var before = date.Start - 1;
        if (before < 1 || text[before] != '(' ) return false;
        var afterEnd = date.Start + date.Length;
        if (afterEnd >= text.Length || text[afterEnd] != ')') return false;
        var k = before - 1;
        while (k >= 0 && text[k] == ' ') k--;
        var wordEnd = k + 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        return wordEnd - k > 2 && char.IsUpper(text[k + 1]);
    }
}
