using System.Globalization;
using ObiDossier.Domain.Anonymisation;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// The check behind the signal's <c>signal-anonymisation-clean</c> guard, as pure functions for the next
/// round's guard to call: scan every free-text field with the reporter's contact as the vault, then
/// decide. The codes are those of the 1F guard, so clients handle both alike.
/// </summary>
public static class SignalAnonymisation
{
    /// <summary>The findings in the signal's free text (field, kind, place; never the value).</summary>
    public static IReadOnlyList<AnonymisationFinding> Scan(AnonymisationScanner scanner, AnonymisedSignal signal, ReporterContact? reporter)
    {
        var vault = reporter?.ToScannerVault();
        return [.. signal.ScannedTexts().SelectMany(t => scanner.Scan(t.Text, vault).Select(f => f.In(t.Field)))];
    }

    /// <summary>
    /// The reporter's own values can never be overridden: the scanner is certain they are the person
    /// the signal must protect. Other findings (a name-like word, a pattern) can, with a motivation
    /// that the approving intake officer sees.
    /// </summary>
    public static IReadOnlyList<UnmetCondition> Check(IReadOnlyList<AnonymisationFinding> findings, string? overrideMotivation)
    {
        var overridden = !string.IsNullOrWhiteSpace(overrideMotivation);
        return [.. findings
            .Where(f => f.Kind == FindingKinds.VaultValue || !overridden)
            .Select(f => (f.Kind == FindingKinds.VaultValue
                ? new UnmetCondition("anonymisation-vault-value",
                    $"The reporter's own contact data in '{f.Field}' at position {f.Start}, length {f.Length}. Remove it: this cannot be overridden.")
                : new UnmetCondition("anonymisation-finding",
                    $"Possible identifier ({f.Kind}) in '{f.Field}' at position {f.Start}, length {f.Length}. Remove it, or override with a motivation."))
                with { Arguments = [f.Kind, f.Field ?? "", f.Start.ToString(CultureInfo.InvariantCulture), f.Length.ToString(CultureInfo.InvariantCulture)] })];
    }
}
