using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The public, versioned hashing algorithm of the audit trail. Published on purpose: anyone can
/// recompute the chain, which is exactly why the signed checkpoints (with a key outside the
/// database) are what finally stops a consistent rewrite.
/// <list type="bullet">
/// <item><c>EntryHash = SHA-256(0x00 ‖ canonical(content))</c>: every stored content field, with the
/// time as UTC ticks. The 0x00 makes it the RFC 6962 leaf hash of the entry, so blocks build
/// their Merkle trees on it directly. It leaves out what is assigned later (Id, sequence, block), which the chain
/// hash binds instead.</item>
/// <item><c>ChainHash_n = SHA-256("OBI-AUDIT-CHAIN-1" ‖ ChainHash_{n-1} ‖ seq_n ‖ id_n ‖ block_n ‖ EntryHash_n)</c>,
/// with 32 zero bytes before the first entry.</item>
/// <item><c>BlockHash = SHA-256("OBI-AUDIT-BLOCK-1" ‖ number ‖ first ‖ last ‖ count ‖ MerkleRoot ‖ LastChainHash ‖ PreviousBlockHash ‖ SealedAt)</c>.</item>
/// </list>
/// </summary>
public static class AuditHashing
{
    public const int HashSize = 32;
    internal const string EntryDomain = "OBI-AUDIT-ENTRY-1";
    private const string ChainDomain = "OBI-AUDIT-CHAIN-1";
    private static readonly byte[] ChainDomainBytes = System.Text.Encoding.ASCII.GetBytes(ChainDomain); // encoded once, not per hash
    private const string BlockDomain = "OBI-AUDIT-BLOCK-1";

    public static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "succeeded",
        AuditOutcome.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static AuditOutcome ParseOutcome(string value) => value switch
    {
        "succeeded" => AuditOutcome.Succeeded,
        "refused" => AuditOutcome.Refused,
        _ => throw new FormatException($"Unknown audit outcome '{value}'."),
    };

    /// <summary>The entry hash over the entry's content as it is stored.</summary>
    public static byte[] ComputeEntryHash(AuditEntry entry)
    {
        var buffer = new CanonicalBuffer();
        buffer.WriteFixed([0]);
        buffer.WriteString(EntryDomain);
        buffer.WriteInt64(entry.At.Ticks);
        buffer.WriteString(entry.ActorId);
        buffer.WriteString(entry.ActorRole);
        buffer.WriteString(entry.ActorOrganisation);
        buffer.WriteString(entry.ActorDisplayName);
        buffer.WriteString(entry.Action);
        buffer.WriteString(entry.EntityType);
        buffer.WriteString(entry.EntityId);
        buffer.WriteGuid(entry.CaseId);
        buffer.WriteString(OutcomeName(entry.Outcome));
        buffer.WriteInt32(entry.StatusCode);
        buffer.WriteString(entry.Reasons);
        buffer.WriteString(entry.LegalBasisCode);
        buffer.WriteString(entry.Motivation);
        buffer.WriteString(entry.ChangedFields);
        buffer.WriteString(entry.TraceId);
        var hash = new byte[HashSize];
        buffer.HashTo(hash);
        return hash;
    }

    public static byte[] ComputeChainHash(ReadOnlySpan<byte> previousChainHash, long sequence, long id, long blockNumber, ReadOnlySpan<byte> entryHash)
    {
        var hash = new byte[HashSize];
        ComputeChainHash(previousChainHash, sequence, id, blockNumber, entryHash, hash);
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ComputeChainHash(ReadOnlySpan<byte> previousChainHash, long sequence, long id, long blockNumber, ReadOnlySpan<byte> entryHash, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[ChainDomain.Length + HashSize + 24 + HashSize];
        ChainDomainBytes.CopyTo(buffer);
        var rest = buffer[ChainDomain.Length..];
        Fixed32(previousChainHash).CopyTo(rest);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(rest[32..], sequence);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(rest[40..], id);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(rest[48..], blockNumber);
        Fixed32(entryHash).CopyTo(rest[56..]);
        Sha256.HashData(buffer, destination);
    }

    /// <summary>RFC 6962 Merkle tree hash whose leaf hashes are the given entry hashes, in order.</summary>
    public static byte[] ComputeMerkleRoot(IEnumerable<byte[]> entryHashes)
    {
        var merkle = new MerkleAccumulator();
        foreach (var hash in entryHashes)
        {
            merkle.AddLeafHash(hash);
        }
        var root = new byte[HashSize];
        merkle.RootTo(root);
        return root;
    }

    public static byte[] ComputeBlockHash(AuditBlock block)
    {
        var buffer = new CanonicalBuffer();
        buffer.WriteString(BlockDomain);
        buffer.WriteInt64(block.BlockNumber);
        buffer.WriteInt64(block.FirstSequence);
        buffer.WriteInt64(block.LastSequence);
        buffer.WriteInt32(block.EntryCount);
        buffer.WriteFixed(Fixed32(block.MerkleRoot));
        buffer.WriteFixed(Fixed32(block.LastChainHash));
        buffer.WriteFixed(Fixed32(block.PreviousBlockHash));
        buffer.WriteInt64(block.SealedAt.Ticks);
        var hash = new byte[HashSize];
        buffer.HashTo(hash);
        return hash;
    }

    /// <summary>Times are stored to the microsecond, the finest every provider keeps exactly.</summary>
    public static DateTime TruncateToMicroseconds(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }

    // A stored hash of the wrong length must still hash deterministically (and then mismatch),
    // never throw inside the verifier.
    private static ReadOnlySpan<byte> Fixed32(ReadOnlySpan<byte> value) =>
        value.Length == HashSize ? value : SHA256.HashData(value);
}
