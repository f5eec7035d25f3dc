using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>The compiled patterns for structured identifiers; checks that need arithmetic live in <see cref="Checksums"/>.</summary>
internal static partial class StructuredPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b", Options)]
    public static partial Regex Email();

    // Greedy over optional single spaces; the checker then finds the longest prefix that is a valid IBAN.
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", Options)]
    public static partial Regex IbanCandidate();

    // Dutch numbers: +31 / 0031 / 0 followed by nine digits, optional (0), spaces or hyphens between digits;
    // area codes in brackets: (020) 123 4567. International: + or 00 and a country code other than 31.
    [GeneratedRegex(
        @"(?<![\w+])(?:(?:\+31|0031)[ \-]?(?:\(0\)[ \-]?)?[1-9](?:[ \-]?\d){8}" +
        @"|0[1-9](?:[ \-]?\d){8}" +
        @"|\(0\d{1,3}\)[ \-]?\d(?:[ \-]?\d){5,7}" +
        @"|(?:\+|00)(?!31)[1-9]\d{0,2}[ \-]?(?:\(\d{1,4}\)[ \-]?)?\d(?:[ .\-]?\d){5,12})(?![\w]|[.\-]\d)",
        Options)]
    public static partial Regex Phone();

    // Nine digits, bare or grouped 4.2.3 (as printed on Dutch documents) or 3-3-3.
    [GeneratedRegex(@"(?<![\w.,\-/])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w/]|[.,\-]\d)", Options)]
    public static partial Regex BsnCandidate();

    // Ten digits, bare or grouped 4.2.4 / 4 3 3.
    [GeneratedRegex(@"(?<![\w.,\-/])(?:\d{10}|\d{4}\.\d{2}\.\d{4}|\d{4}[ .]\d{3}[ .]\d{3})(?![\w/]|[.,\-]\d)", Options)]
    public static partial Regex VNumberCandidate();

    // Dutch travel and residence documents: 2 letters, 6 letters or digits, 1 digit; the letter O is never used.
    [GeneratedRegex(@"\b[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]\b", Options)]
    public static partial Regex DocumentNumberCandidate();

    // 1234 AB, optionally followed by the house number (12, 12a, 12-3). SA, SD and SS are never issued.
    [GeneratedRegex(@"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?:,? \d{1,5}(?:[ \-]?[a-zA-Z]\b|-\d{1,4})?\b)?", Options)]
    public static partial Regex Postcode();

    // Words just before a date that mark it as a birth date; the date must follow in the same clause.
    [GeneratedRegex(@"(?:\bgeboren|\bgeb\.|\bgeboorte\w*|\bborn|\bbirth\w*|\bdob\b|\bd\.o\.b\.|°|\*)[^.!?;\n]{0,40}$|\bgeb\.\s?$",
        RegexOptions.IgnoreCase | Options)]
    public static partial Regex BirthCueBefore();
}
