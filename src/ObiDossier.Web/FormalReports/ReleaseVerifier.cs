using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace ObiDossier.Web.FormalReports;

/// <summary>The verdict on a downloaded formal report; <see cref="Reason"/> says why, never what it holds.</summary>
internal sealed record ReleaseVerification(bool Authentic, string Reason);

/// <summary>
/// Checks a formal report the way a PDF reader does, and more strictly: one signature, whose byte
/// range covers the whole file except its own hex-encoded contents (nothing appended after
/// signing), whose CMS signature is valid over those bytes, and whose signer is exactly the
/// service's own certificate.
/// </summary>
internal static partial class ReleaseVerifier
{
    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();

    public static ReleaseVerification Verify(byte[] pdf, X509Certificate2 own)
    {
        // Latin-1 maps every byte to one char, so string offsets are file offsets.
        var text = Encoding.Latin1.GetString(pdf);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal)) return Fail("not a PDF file");
        var ranges = ByteRange().Matches(text);
        if (ranges.Count == 0) return Fail("the file carries no signature");
        if (ranges.Count > 1) return Fail("the file carries more than one signature");

        var r = ranges[0].Groups;
        if (!long.TryParse(r[1].Value, CultureInfo.InvariantCulture, out var start1) || !long.TryParse(r[2].Value, CultureInfo.InvariantCulture, out var length1)
            || !long.TryParse(r[3].Value, CultureInfo.InvariantCulture, out var start2) || !long.TryParse(r[4].Value, CultureInfo.InvariantCulture, out var length2))
            return Fail("the signature's byte range is malformed");
        if (start1 != 0 || length1 <= 1 || start2 <= length1 + 1 || start2 + length2 != pdf.LongLength)
            return Fail("the signature does not cover the whole file (changed or extended after signing)");

        // The hole between the two ranges is exactly the signature: <hex digits>.
        var hole = text.AsSpan((int)length1, (int)(start2 - length1));
        if (hole[0] != '<' || hole[^1] != '>' || !IsHex(hole[1..^1]))
            return Fail("the signature's contents are not where the byte range says");
        byte[] der;
        try
        {
            var bytes = Convert.FromHexString(hole[1..^1]);
            // The reserved space is padded with zeros after the DER structure.
            AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var consumed);
            der = bytes[..consumed];
        }
        catch (Exception e) when (e is FormatException or AsnContentException)
        {
            return Fail("the signature's contents are not a CMS structure");
        }

        var covered = new byte[length1 + length2];
        Array.Copy(pdf, 0, covered, 0, length1);
        Array.Copy(pdf, start2, covered, length1, length2);
        var cms = new SignedCms(new ContentInfo(covered), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException)
        {
            return Fail("the signature's contents are not a CMS structure");
        }

        if (cms.SignerInfos.Count != 1) return Fail("the signature has not exactly one signer");
        var signer = cms.SignerInfos[0];
        if (signer.Certificate is null || !signer.Certificate.RawData.AsSpan().SequenceEqual(own.RawData))
            return Fail("it was signed with a certificate that is not this service's own");
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return Fail("the signature does not match the file's contents (changed after signing)");
        }

        return new ReleaseVerification(true, $"signed by {own.Subject} (SHA-256 {own.GetCertHashString(HashAlgorithmName.SHA256)}), unchanged since signing");
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s.Length % 2 != 0) return false;
        foreach (var ch in s)
            if (!char.IsAsciiHexDigit(ch)) return false;
        return true;
    }

    private static ReleaseVerification Fail(string reason) => new(false, reason);
}
