namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Folds text to lowercase ASCII one character for one character, so offsets in the folded copy
/// are offsets in the original (findings must point into the original text).
/// </summary>
internal static class TextFolding
{
    private const char FirstMapped = '\u00C0';

    // U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A) folded to a base letter.
    // Built from runs so each range can be checked against the Unicode chart.
    private static readonly string Table = string.Concat(
        new string('a', 7), "c", new string('e', 4), new string('i', 4), "dn", new string('o', 5), "\u00D7o",
        new string('u', 4), "yts",
        new string('a', 7), "c", new string('e', 4), new string('i', 4), "dn", new string('o', 5), "\u00F7o",
        new string('u', 4), "yty",
        new string('a', 6), new string('c', 8), new string('d', 4), new string('e', 10), new string('g', 8),
        new string('h', 4), new string('i', 12), new string('j', 2), new string('k', 3), new string('l', 10),
        new string('n', 9), new string('o', 8), new string('r', 6), new string('s', 8), new string('t', 6),
        new string('u', 12), new string('w', 2), new string('y', 3), new string('z', 6), "s");

    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        var index = c - FirstMapped;
        if (index >= 0 && index < Table.Length) return Table[index];
        return c switch
        {
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static char[] Fold(string text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++) folded[i] = Fold(text[i]);
        return folded;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Characters that may sit between the parts of one name or number (spacing insensitivity).</summary>
    public static bool IsJoiner(char c) =>
        c is ' ' or '\t' or '\u00A0' or '-' or '\u2010' or '\u2011' or '.' or '/' or '\'' or '\u2019' or '\u2018'
            or '\u02BC' or '\u02BE' or '\u02BF' or '`' or '_';

    /// <summary>Maximal runs of letters and digits.</summary>
    public static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            var hasDigit = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                hasDigit |= char.IsDigit(text[i]);
                i++;
            }
            tokens.Add(new Token(start, i, char.IsUpper(text[start]), hasDigit));
        }
        return tokens;
    }
}

internal readonly record struct Token(int Start, int End, bool Capitalised, bool HasDigit)
{
    public int Length => End - Start;
}
