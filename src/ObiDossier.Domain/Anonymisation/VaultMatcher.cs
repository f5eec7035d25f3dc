namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Finds a case's own vault values in a text. From each word it tries growing windows of words
/// joined only by spaces, hyphens, dots, slashes or apostrophes, comparing the window's letters
/// and digits (folded) with the vault keys: so "Al Rashidi", "al-Rashidi" and "ALRASHIDI" match
/// alike, and so do "1234 567 890" and "1234567890". Names also match by <see cref="NameSkeleton"/>.
/// </summary>
internal static class VaultMatcher
{
    private const int MaxJoinerRun = 3;
    private const int MaxVariantLengthDifference = 3;

    public static void Find(string text, char[] folded, List<Token> tokens, VaultTargets targets, List<AnonymisationFinding> findings)
    {
        if (targets.Exact.Count == 0) return;
        var exact = targets.Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var skeletons = targets.Skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
        var limit = targets.MaxLength + MaxVariantLengthDifference;
        // Vault values are typed by users: a very long one must not overflow the stack.
        Span<char> window = limit <= 256 ? stackalloc char[limit] : new char[limit];
        Span<char> skeleton = stackalloc char[NameSkeleton.MaxLength];

        var i = 0;
        while (i < tokens.Count)
        {
            var first = tokens[i];
            var length = 0;
            var bestEnd = -1;
            var hasDigit = false;
            var capitalised = false;
            for (var j = i; j < tokens.Count; j++)
            {
                var token = tokens[j];
                if (j > i && !JoinedByJoiners(text, tokens[j - 1].End, token.Start)) break;
                if (length + token.Length > limit) break;
                folded.AsSpan(token.Start, token.Length).CopyTo(window[length..]);
                length += token.Length;
                hasDigit |= token.HasDigit;
                capitalised |= token.Capitalised;
                var candidate = window[..length];

                if (exact.TryGetValue(candidate, out var rules) && Allowed(text, first, j == i, candidate.Length, rules))
                {
                    bestEnd = j;
                    continue;
                }
                // Spelling variants only for capitalised names: lowercase words that share a skeleton are mostly ordinary words.
                if (hasDigit || !capitalised || targets.Skeletons.Count == 0 || length > NameSkeleton.MaxLength) continue;
                if (MatchesSkeleton(candidate, skeleton, skeletons, french: false)
                    || (NameSkeleton.MayBeFrench(candidate) && MatchesSkeleton(candidate, skeleton, skeletons, french: true)))
                    bestEnd = j;
            }

            if (bestEnd < 0) { i++; continue; }
            findings.Add(new AnonymisationFinding(FindingKinds.VaultValue, first.Start, tokens[bestEnd].End - first.Start));
            i = bestEnd + 1;
        }
    }

    private static bool MatchesSkeleton(ReadOnlySpan<char> candidate, Span<char> skeleton,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> skeletons, bool french)
    {
        var n = NameSkeleton.Write(candidate, skeleton, out _, french);
        return skeletons.TryGetValue(skeleton[..n], out var targetLength)
            && Math.Abs(targetLength - candidate.Length) <= MaxVariantLengthDifference;
    }

    private static bool Allowed(string text, Token first, bool single, int length, TargetRules rules)
    {
        if (!single || (rules & TargetRules.CapitalisedWhenShort) == 0 || length >= VaultTargets.ShortPartLength) return true;
        return char.IsUpper(text[first.Start]);
    }

    private static bool JoinedByJoiners(string text, int from, int to)
    {
        if (to - from > MaxJoinerRun) return false;
        for (var k = from; k < to; k++)
            if (!TextFolding.IsJoiner(text[k])) return false;
        return true;
    }
}
