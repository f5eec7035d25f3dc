namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// A transliteration-insensitive key for a folded name: Mohammed, Muhammad and Mohamed, or Yusuf,
/// Youssef and Joesoef, get the same key. Vowel quality varies most between transliterations
/// (Arabic short vowels are not written), so each run of inner vowels becomes one '*'; digraphs
/// that spell one sound (kh/ch, sh/sj, ph, th, dh, gh, dj) become one letter, doubled letters one.
/// The price is that some distinct names collide (Hassan/Hussein); see README.
/// </summary>
internal static class NameSkeleton
{
    public const int MaxLength = 64;

    /// <summary>Writes the key of <paramref name="folded"/> (lowercase letters only) and returns its length.</summary>
    /// <param name="french">Read ch as sh and drop a final e, as French transliterations do (Darwiche, Chérif).</param>
    public static int Write(ReadOnlySpan<char> folded, Span<char> key, out int consonants, bool french = false)
    {
        consonants = 0;
        var length = folded.Length;
        if (french && length > 3 && folded[length - 1] == 'e') length--;
        // Abdullah/Abdulla, Fatimah/Fatima: a final h after a vowel is not pronounced.
        if (length > 2 && folded[length - 1] == 'h' && IsVowel(folded[length - 2])) length--;

        var n = 0;
        var lastWasVowel = false;
        var i = 0;
        while (i < length && n < key.Length)
        {
            var c = folded[i];
            var next = i + 1 < length ? folded[i + 1] : '\0';
            var (mapped, advance) = french && c == 'c' && next == 'h' ? ('s', 2) : Map(c, next);
            i += advance;
            var vowel = IsVowel(mapped);
            if (n == 0)
            {
                // Omar/Umar, Osama/Usama: an initial a/e/o/u is one class; y/j/i another (Yusuf ≠ Asif).
                key[n++] = vowel ? (mapped == 'i' ? 'i' : 'a') : mapped;
                lastWasVowel = vowel;
                if (!vowel) consonants++;
                continue;
            }
            if (vowel)
            {
                if (!lastWasVowel) key[n++] = '*';
                lastWasVowel = true;
                continue;
            }
            if (!lastWasVowel && key[n - 1] == mapped) continue;
            key[n++] = mapped;
            consonants++;
            lastWasVowel = false;
        }
        return n;
    }

    /// <summary>Whether the French reading of <paramref name="folded"/> can differ from the default one.</summary>
    public static bool MayBeFrench(ReadOnlySpan<char> folded) =>
        folded.Contains("ch", StringComparison.Ordinal) || (folded.Length > 3 && folded[^1] == 'e');

    private static (char Mapped, int Advance) Map(char c, char next) => (c, next) switch
    {
        ('k', 'h') or ('c', 'h') => ('h', 2),
        ('c', 'k') => ('k', 2),
        ('s', 'h') or ('s', 'j') => ('s', 2),
        ('p', 'h') => ('f', 2),
        ('t', 'h') => ('t', 2),
        ('d', 'h') => ('d', 2),
        ('g', 'h') => ('g', 2),
        ('d', 'j') => ('i', 2),
        ('c', _) or ('q', _) => ('k', 1),
        ('z', _) => ('s', 1),
        ('w', _) => ('v', 1),
        // Dutch j and English y spell the same sound (Joesoef/Yusuf); both read as the vowel i.
        ('y', _) or ('j', _) => ('i', 1),
        _ => (c, 1),
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
