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

        var claimed = new List<AnonymisationFinding>(raw.Count);
        foreach (var finding in raw)
        {
            var start = finding.Start;
            var end = finding.End;
            // Walk the claimed spans in start order and keep the gaps they leave.
            foreach (var other in claimed.Where(c => c.Start < end && c.End > start).OrderBy(c => c.Start).ToList())
            {
                if (other.Start > start) AddTrimmed(text, finding.Kind, start, other.Start, claimed);
                start = Math.Max(start, other.End);
                if (start >= end) break;
            }
            if (start < end) AddTrimmed(text, finding.Kind, start, end, claimed);
        }

        claimed.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return JoinTouching(claimed);
    }

    private static void AddTrimmed(string text, string kind, int start, int end, List<AnonymisationFinding> into)
    {
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        // A stray letter left over next to a stronger finding is not a finding of its own.
        if (end - start >= 2) into.Add(new AnonymisationFinding(kind, start, end - start));
    }

    // Pieces of one kind that touch were one finding before a same-kind overlap split them.
    private static List<AnonymisationFinding> JoinTouching(List<AnonymisationFinding> sorted)
    {
        var result = new List<AnonymisationFinding>(sorted.Count);
        foreach (var f in sorted)
        {
            if (result.Count > 0 && result[^1] is var last && string.Equals(last.Kind, f.Kind, StringComparison.Ordinal) && f.Start <= last.End)
            {
                result[^1] = last with { Length = Math.Max(last.End, f.End) - last.Start };
                continue;
            }
            result.Add(f);
        }
        return result;
    }
}
