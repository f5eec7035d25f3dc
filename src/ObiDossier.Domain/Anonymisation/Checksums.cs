namespace ObiDossier.Domain.Anonymisation;

/// <summary>The check-digit rules that separate real identifiers from arbitrary numbers.</summary>
internal static class Checksums
{
    /// <summary>The BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool PassesElevenTest(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9) return false;
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            allZero &= d == 0;
            sum += i < 8 ? d * (9 - i) : -d;
        }
        return !allZero && sum % 11 == 0;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters as 10..35, remainder mod 97 is 1.</summary>
    public static bool PassesIbanCheck(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34) return false;
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (c is >= '0' and <= '9') remainder = (remainder * 10 + (c - '0')) % 97;
            else if (c is >= 'A' and <= 'Z') remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }
        return remainder == 1;
    }

    /// <summary>IBAN lengths per country for the countries these cases most often meet; others accept 15..34.</summary>
    public static int? IbanLength(ReadOnlySpan<char> country) => country switch
    {
        "NL" => 18, "BE" => 16, "DE" => 22, "FR" => 27, "GB" => 22, "LU" => 20, "AT" => 20, "CH" => 21,
        "ES" => 24, "IT" => 27, "SE" => 24, "DK" => 18, "NO" => 15, "TR" => 26, "IQ" => 23, "JO" => 30,
        "LB" => 28, "PS" => 29, "SA" => 24, "AE" => 23, "EG" => 29, "BA" => 20, "RS" => 22, "HR" => 21,
        _ => null,
    };
}
