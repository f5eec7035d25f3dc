namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Turns raw, possibly overlapping findings into disjoint ones. Stronger kinds claim their span
/// first (<see cref="FindingKinds.All"/> order: a vault value beats a structured identifier, which
/// beats a heuristic name); a weaker finding keeps only the parts nobody claimed, so "Ahmed Karimi
/// Nouri" with "Karimi" in the vault still reports "Ahmed" and "Nouri" as names.
/// </summary>
internal static class FindingMerger
{
    public static List<AnonymisationFinding> Merge(string text, List<AnonymisationFinding> raw)
    {
        raw.Sort(static (a, b) =>
        {
            var byKind = FindingKinds.Priority(a.Kind).CompareTo(FindingKinds.Priority(b.Kind));
            if (byKind != 0) return byKind;
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : b.Length.CompareTo(a.Length);
        });

        // Claimed spans are disjoint and kept sorted by start, so the ones a finding overlaps are
        // found by binary search: the scan stays O(n log n) on texts with thousands of findings.
        var claimed = new List<AnonymisationFinding>(raw.Count);
        var pieces = new List<AnonymisationFinding>(4);
        foreach (var finding in raw)
        {
            var start = finding.Start;
            var end = finding.End;
            var first = FirstEndingAfter(claimed, start);
            var cut = first < claimed.Count && claimed[first].Start < end;
            var minimum = cut ? LeftoverMinimum : 2;
            pieces.Clear();
            for (var k = first; k < claimed.Count && claimed[k].Start < end; k++)
            {
                if (claimed[k].Start > start) AddTrimmed(text, finding.Kind, start, claimed[k].Start, minimum, pieces);
                start = Math.Max(start, claimed[k].End);
            }
            if (start < end) AddTrimmed(text, finding.Kind, start, end, minimum, pieces);
            foreach (var piece in pieces) claimed.Insert(FirstEndingAfter(claimed, piece.Start), piece);
        }

        return JoinTouching(text, claimed);
    }

    private static int FirstEndingAfter(List<AnonymisationFinding> sorted, int position)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // A piece left over beside a stronger finding must be a word, not a particle like "al" or "de".
    private const int LeftoverMinimum = 3;

    private static void AddTrimmed(string text, string kind, int start, int end, int minimum, List<AnonymisationFinding> into)
    {
        // An uncut finding keeps its own edges ("+31 …", "(010) …"); a cut piece loses the spaces and punctuation at its cut.
        if (minimum < LeftoverMinimum) { into.Add(new AnonymisationFinding(kind, start, end - start)); return; }
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end - start >= minimum) into.Add(new AnonymisationFinding(kind, start, end - start));
    }

    // Pieces of one kind that touch were one finding before a same-kind overlap split them; vault
    // values split only by a space or hyphen ("Husayn" "Jaber") are one mention of one name.
    private static List<AnonymisationFinding> JoinTouching(string text, List<AnonymisationFinding> sorted)
    {
        var result = new List<AnonymisationFinding>(sorted.Count);
        foreach (var f in sorted)
        {
            if (result.Count > 0 && result[^1] is var last && string.Equals(last.Kind, f.Kind, StringComparison.Ordinal)
                && (f.Start <= last.End || (f.Kind == FindingKinds.VaultValue && f.Start - last.End == 1 && text[last.End] is ' ' or '-')))
            {
                result[^1] = last with { Length = Math.Max(last.End, f.End) - last.Start };
                continue;
            }
            result.Add(f);
        }
        return result;
    }
}
