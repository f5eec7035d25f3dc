using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// A signed statement "the sealed trail had <see cref="Count"/> entries ending at
/// <see cref="HeadSequence"/> with chain hash <see cref="HeadChainHash"/> at <see cref="At"/>",
/// kept as one JSON line in the checkpoint log. <see cref="Previous"/> is the SHA-256 of the line
/// before it (zeros for the first), and is signed too: a line removed, inserted or reordered
/// breaks the link of the line after it.
/// </summary>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("headSequence")] long HeadSequence,
    [property: JsonPropertyName("headChainHash")] string HeadChainHash,
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("previous")] string Previous,
    [property: JsonPropertyName("signature")] string Signature)
{
    private const string Domain = "OBI-AUDIT-CHECKPOINT-2";

    /// <summary>The link of the first line of a log.</summary>
    public static readonly string Genesis = new('0', AuditHashing.HashSize * 2);

    internal static byte[] Payload(long count, long headSequence, ReadOnlySpan<byte> headChainHash, DateTime at, ReadOnlySpan<byte> previous)
    {
        var buffer = new CanonicalBuffer();
        buffer.WriteString(Domain);
        buffer.WriteInt64(count);
        buffer.WriteInt64(headSequence);
        buffer.WriteFixed(headChainHash);
        buffer.WriteInt64(at.Ticks);
        buffer.WriteFixed(previous);
        var digest = new byte[AuditHashing.HashSize];
        buffer.HashTo(digest);
        return digest;
    }

    internal static AuditCheckpoint Sign(ECDsa key, long count, long headSequence, byte[] headChainHash, DateTime at, string previous)
    {
        var signature = key.SignHash(Payload(count, headSequence, headChainHash, at, Convert.FromHexString(previous)),
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new AuditCheckpoint(count, headSequence, Convert.ToHexStringLower(headChainHash), at, previous, Convert.ToBase64String(signature));
    }

    /// <summary>True when the signature is the key's over exactly these values.</summary>
    internal bool IsSignedBy(ECDsa key)
    {
        try
        {
            var chain = Convert.FromHexString(HeadChainHash ?? "");
            var previous = Convert.FromHexString(Previous ?? "");
            var signature = Convert.FromBase64String(Signature ?? "");
            return chain.Length == AuditHashing.HashSize && previous.Length == AuditHashing.HashSize
                && key.VerifyHash(Payload(Count, HeadSequence, chain, At, previous), signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The link the next line must carry: the SHA-256 of this line's text.</summary>
    public static string LinkOf(string line) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));

    public string ToJsonLine() => JsonSerializer.Serialize(this);

    public static AuditCheckpoint? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
