using System.Text;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// The compatibility decompositions (Unicode NFKC) of the characters that can spell a letter, a
/// digit or a space in another form: full-width forms, ligatures (including Dutch ij), super- and
/// subscript and circled digits, mathematical alphanumerics, the wide spaces. Written out because
/// the host runs with invariant globalisation, where <see cref="string.Normalize()"/> has no
/// Unicode data and changes nothing.
/// </summary>
internal static class Compatibility
{
    /// <summary>The decomposition of the code point at <paramref name="index"/>, or null when it has none here.</summary>
    public static string? Decompose(string text, int index)
    {
        if (char.IsSurrogatePair(text, index)) return Mathematical(char.ConvertToUtf32(text[index], text[index + 1]));
        var ch = text[index];
        if (ch < 0x80) return null;
        return ch switch
        {
            >= '\uFF01' and <= '\uFF5E' => ((char)(ch - 0xFEE0)).ToString(),
            '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' => " ",
            '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", '\uFB05' or '\uFB06' => "st",
            '\u0132' => "IJ", '\u0133' => "ij",
            '\u00B9' => "1", '\u00B2' => "2", '\u00B3' => "3", '\u2070' => "0",
            >= '\u2074' and <= '\u2079' => ((char)('4' + ch - '\u2074')).ToString(),
            >= '\u2080' and <= '\u2089' => ((char)('0' + ch - '\u2080')).ToString(),
            >= '\u2460' and <= '\u2468' => ((char)('1' + ch - '\u2460')).ToString(),
            >= '\u2474' and <= '\u247C' => ((char)('1' + ch - '\u2474')).ToString(),
            >= '\u2488' and <= '\u2490' => ((char)('1' + ch - '\u2488')).ToString(),
            '\u2010' or '\u2011' => "-",
            _ => null,
        };
    }

    /// <summary>The text with every decomposition of <see cref="Decompose"/> applied.</summary>
    public static string Apply(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var decomposed = Decompose(text, i);
            if (decomposed is not null)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(decomposed);
            }
            else builder?.Append(text, i, width);
            i += width - 1;
        }
        return builder?.ToString() ?? text;
    }

    // Mathematical alphanumeric symbols: 13 styles of A–Z a–z from U+1D400, five of digits from U+1D7CE.
    private static string? Mathematical(int codePoint) => codePoint switch
    {
        >= 0x1D400 and <= 0x1D6A3 => ((codePoint - 0x1D400) % 52) is var k && k < 26 ? ((char)('A' + k)).ToString() : ((char)('a' + k - 26)).ToString(),
        >= 0x1D7CE and <= 0x1D7FF => ((char)('0' + (codePoint - 0x1D7CE) % 10)).ToString(),
        _ => null,
    };
}
