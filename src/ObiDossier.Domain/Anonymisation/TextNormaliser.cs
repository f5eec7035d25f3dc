using System.Globalization;
using System.Text;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Normalises text so that no spelling hides an identifier (README, "Anonymisation guard"). Text is stored
/// in <see cref="ForStorage"/> form (format characters removed, compatibility forms decomposed as NFKC does); the scanner looks
/// at the <see cref="MatchingView"/> of a text, which also drops combining marks and folds
/// Cyrillic and Greek look-alikes to Latin, while keeping a map back to the original offsets.
/// </summary>
public static class TextNormaliser
{
    /// <summary>
    /// Removes format characters (Unicode category Cf: zero-width space and joiners, bidi controls,
    /// soft hyphen, byte-order mark, word joiner) and applies the compatibility decompositions of NFKC that can spell
    /// letters, digits and spaces (<see cref="Compatibility"/>). Returns the text itself when
    /// there is nothing to change, so ASCII input costs one pass.
    /// </summary>
    public static string ForStorage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.Format) builder.Append(ch);
        return Compatibility.Apply(builder.ToString());
    }

    /// <summary>Null stays null; anything else as <see cref="ForStorage"/>.</summary>
    public static string? ForStorageOrNull(string? text) => text is null ? null : ForStorage(text);

    /// <summary>True when the text holds a format character (the ones <see cref="ForStorage"/> removes).</summary>
    public static bool HasFormatCharacters(string text) =>
        text.Any(ch => CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format);

    /// <summary>
    /// The text as the scanner matches it: per source character its compatibility decomposition
    /// (full-width digits, ligatures, superscripts; precomposed letters stay, <see cref="TextFolding"/> folds them), without format characters and combining
    /// marks, with look-alike letters folded. <c>Map[i]</c> is the source offset of view character
    /// <c>i</c>; <c>Map[View.Length]</c> is the source length.
    /// </summary>
    internal static (string View, int[]? Map) MatchingView(string text)
    {
        if (IsPlainAscii(text)) return (text, null);
        var view = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var unit = text.AsSpan(i, width);
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                foreach (var ch in Compatibility.Decompose(text, i) ?? unit.ToString())
                {
                    view.Append(Confusables.Fold(ch));
                    map.Add(i);
                }
            }
            i += width;
        }
        map.Add(text.Length);
        return (view.ToString(), [.. map]);
    }

    /// <summary>A finding on the matching view, as offsets into the source text.</summary>
    internal static AnonymisationFinding ToSource(AnonymisationFinding finding, int[] map, string source)
    {
        var start = map[finding.Start];
        var lastView = finding.Start + finding.Length - 1;
        var last = map[lastView];
        var end = last + (char.IsSurrogatePair(source, last) ? 2 : 1);
        return finding with { Start = start, Length = end - start };
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var ch in text)
            if (ch >= 128) return false;
        return true;
    }
}

/// <summary>Cyrillic and Greek letters that look like Latin ones, folded to them for matching (case kept).</summary>
internal static class Confusables
{
    private static readonly Dictionary<char, char> Map = Build();

    public static char Fold(char ch) => ch < 128 ? ch : Map.GetValueOrDefault(ch, ch);

    private static Dictionary<char, char> Build()
    {
        // Pairs written as look-alike then Latin letter, checked against the Unicode confusables list.
        const string cyrillic = "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdһhԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTУYХXІIЈJЅSԚQԜWЁEёe";
        const string greek = "αaβbεeιiκkνvοoρpτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
        var map = new Dictionary<char, char>();
        foreach (var pairs in new[] { cyrillic, greek })
            for (var i = 0; i < pairs.Length; i += 2) map[pairs[i]] = pairs[i + 1];
        return map;
    }
}
