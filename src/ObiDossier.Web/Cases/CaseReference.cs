using System.Security.Cryptography;

namespace ObiDossier.Web.Cases;

/// <summary>Case references such as <c>1F-2026-K7Q2M9XC4D</c>: year plus 50 random bits, no personal data.</summary>
internal static class CaseReference
{
    // Crockford's base32: no I, L, O, U, so references survive being read aloud at the table.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset now) => New(now, "1F");

    /// <summary>The same form under another prefix: an OBI signal's <c>OBI-2026-K7Q2M9XC4D</c>.</summary>
    public static string New(DateTimeOffset now, string prefix)
    {
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{prefix}-{now.Year}-{code}";
    }
}
