using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>Finds identifiers that are recognisable by their form alone, whoever they belong to.</summary>
internal static class StructuredDetector
{
    // Capitals that read as a postcode's letters but are in practice abbreviations after a year ("in 2015 EU").
    private static readonly HashSet<string> PostcodeLookalikes = new(StringComparer.Ordinal)
    {
        "EU", "UN", "VN", "US", "UK", "NL", "OM", "BC", "AD", "CE", "KM", "KG", "AM", "PM", "IS", "IN", "EN", "OF", "TV",
    };

    public static void Find(string text, List<AnonymisationFinding> findings)
    {
        foreach (var m in StructuredPatterns.Email().EnumerateMatches(text)) Add(findings, FindingKinds.Email, m);
        FindIbans(text, findings);
        foreach (var m in StructuredPatterns.Phone().EnumerateMatches(text)) Add(findings, FindingKinds.Phone, m);

        Span<char> digits = stackalloc char[9];
        foreach (var m in StructuredPatterns.BsnCandidate().EnumerateMatches(text))
        {
            if (Digits(Value(text, m), digits) == 9 && Checksums.PassesElevenTest(digits)) Add(findings, FindingKinds.Bsn, m);
        }

        // Ten digits starting with 0 are Dutch phone numbers (06…), which the phone pattern already took.
        foreach (var m in StructuredPatterns.VNumberCandidate().EnumerateMatches(text))
            if (Value(text, m)[0] != '0') Add(findings, FindingKinds.VNumber, m);

        foreach (var m in StructuredPatterns.DocumentNumberCandidate().EnumerateMatches(text))
        {
            // Require a digit among the middle six, so all-capital words followed by a digit do not count.
            if (Value(text, m)[2..8].IndexOfAnyInRange('0', '9') >= 0) Add(findings, FindingKinds.DocumentNumber, m);
        }

        foreach (var m in StructuredPatterns.Postcode().EnumerateMatches(text))
        {
            var value = Value(text, m);
            var letters = value[4] == ' ' ? value.Slice(5, 2) : value.Slice(4, 2);
            if (!PostcodeLookalikes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(letters))
                Add(findings, FindingKinds.Postcode, m);
        }
    }

    private static void FindIbans(string text, List<AnonymisationFinding> findings)
    {
        Span<char> compact = stackalloc char[40];
        Span<int> endOf = stackalloc int[40];
        foreach (var m in StructuredPatterns.IbanCandidate().EnumerateMatches(text))
        {
            var candidate = Value(text, m);
            var n = 0;
            for (var i = 0; i < candidate.Length && n < compact.Length; i++)
            {
                if (candidate[i] == ' ') continue;
                compact[n] = candidate[i];
                endOf[n++] = i + 1;
            }
            var expected = Checksums.IbanLength(compact[..2]);
            for (var length = Math.Min(n, 34); length >= 15; length--)
            {
                if (expected is { } e && e != length) continue;
                if (!Checksums.PassesIbanCheck(compact[..length])) continue;
                findings.Add(new AnonymisationFinding(FindingKinds.Iban, m.Index, endOf[length - 1]));
                break;
            }
        }
    }

    private static int Digits(ReadOnlySpan<char> value, Span<char> into)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c)) continue;
            if (n == into.Length) return n + 1;
            into[n++] = c;
        }
        return n;
    }

    private static ReadOnlySpan<char> Value(string text, ValueMatch m) => text.AsSpan(m.Index, m.Length);

    private static void Add(List<AnonymisationFinding> findings, string kind, ValueMatch m) =>
        findings.Add(new AnonymisationFinding(kind, m.Index, m.Length));
}
