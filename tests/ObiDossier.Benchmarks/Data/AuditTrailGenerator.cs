using System.Globalization;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// The rows of a sealed audit trail, computed as the writer and the sealer would with the public
/// <see cref="AuditHashing"/> functions, for a provider's bulk writer to store: each entry (with
/// its sequence, chain hash and block), each block, and at the end the seal head.
/// </summary>
internal static class AuditTrailGenerator
{
    public const int BlockSize = 1024; // the sealer's default

    /// <summary>The entry (reused between calls: copy what you keep), its entry hash, chain hash and block number; Id = Sequence.</summary>
    public delegate void EntryHandler(AuditEntry entry, long id, byte[] entryHash, byte[] chainHash, long blockNumber);

    public sealed record Head(long LastSequence, long LastBlockNumber, byte[] LastChainHash, byte[] LastBlockHash);

    public static Head Generate(long entries, EntryHandler onEntry, Action<AuditBlock> onBlock)
    {
        var entry = new AuditEntry
        {
            ActorId = "bench-officer", ActorRole = "ind-officer", ActorOrganisation = "IND", ActorDisplayName = "bench-officer",
            Action = "case.trigger.reject-anonymisation", EntityType = "case", Outcome = AuditOutcome.Succeeded, StatusCode = 200,
            Motivation = "Benchmark: not anonymous enough.", ChangedFields = """["state"]""",
        };
        var chain = new byte[AuditHashing.HashSize];
        var previousBlock = new byte[AuditHashing.HashSize];
        var leaves = new List<byte[]>(BlockSize);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        long blockNumber = 0;
        for (long id = 1; id <= entries; id++)
        {
            if (leaves.Count == 0) blockNumber++;
            var caseId = CaseRows.Id(id % 5000 + 1); // a trail about a few thousand cases
            entry.At = start.AddTicks(id * 10_000); // a millisecond apart, whole microseconds
            entry.CaseId = caseId;
            entry.EntityId = caseId.ToString();
            entry.TraceId = id.ToString("x32", CultureInfo.InvariantCulture);
            var hash = AuditHashing.ComputeEntryHash(entry);
            chain = AuditHashing.ComputeChainHash(chain, id, id, blockNumber, hash);
            leaves.Add(hash);
            onEntry(entry, id, hash, chain, blockNumber);

            if (leaves.Count == BlockSize || id == entries)
            {
                var block = new AuditBlock
                {
                    BlockNumber = blockNumber, FirstSequence = id - leaves.Count + 1, LastSequence = id, EntryCount = leaves.Count,
                    MerkleRoot = AuditHashing.ComputeMerkleRoot(leaves), LastChainHash = chain, PreviousBlockHash = previousBlock,
                    SealedAt = entry.At,
                };
                block.BlockHash = AuditHashing.ComputeBlockHash(block);
                onBlock(block);
                previousBlock = block.BlockHash;
                leaves.Clear();
            }
        }
        return new Head(entries, blockNumber, chain, previousBlock);
    }
}
