using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// A signed statement "the sealed trail had <see cref="Count"/> entries ending at
/// <see cref="HeadSequence"/> with chain hash <see cref="HeadChainHash"/> at <see cref="At"/>",
/// kept as one JSON line in <c>{DataDir}/checkpoints/audit-checkpoints.jsonl</c>.
/// </summary>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("headSequence")] long HeadSequence,
    [property: JsonPropertyName("headChainHash")] string HeadChainHash,
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("signature")] string Signature)
{
    private const string Domain = "OBI-AUDIT-CHECKPOINT-1";

    internal static byte[] Payload(long count, long headSequence, ReadOnlySpan<byte> headChainHash, DateTime at)
    {
        var buffer = new CanonicalBuffer();
        buffer.WriteString(Domain);
        buffer.WriteInt64(count);
        buffer.WriteInt64(headSequence);
        buffer.WriteFixed(headChainHash);
        buffer.WriteInt64(at.Ticks);
        var digest = new byte[AuditHashing.HashSize];
        buffer.HashTo(digest);
        return digest;
    }

    internal static AuditCheckpoint Sign(ECDsa key, long count, long headSequence, byte[] headChainHash, DateTime at)
    {
        var signature = key.SignHash(Payload(count, headSequence, headChainHash, at), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new AuditCheckpoint(count, headSequence, Convert.ToHexStringLower(headChainHash), at, Convert.ToBase64String(signature));
    }

    /// <summary>True when the signature is the key's over exactly these values.</summary>
    internal bool IsSignedBy(ECDsa key)
    {
        try
        {
            var chain = Convert.FromHexString(HeadChainHash);
            var signature = Convert.FromBase64String(Signature);
            return chain.Length == AuditHashing.HashSize
                && key.VerifyHash(Payload(Count, HeadSequence, chain, At), signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal string ToJsonLine() => JsonSerializer.Serialize(this);

    internal static AuditCheckpoint? Parse(string line)
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
