using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>The mutations that take more than one UPDATE, done as a knowing attacker would.</summary>
internal static class Mutations
{
    /// <summary>
    /// Shifts entries from <paramref name="at"/> on by one and inserts a forged entry there, with a
    /// correct entry hash and a chain hash correctly linked to its predecessor.
    /// </summary>
    public static async Task InsertForgedEntryAsync(AuditTrailFixture fx, long at)
    {
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Sequence = -Sequence - 1 WHERE Sequence >= {at}");
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Sequence = -Sequence WHERE Sequence < 0");
        await using var db = fx.CreateContext();
        var previous = await db.Set<AuditEntry>().SingleAsync(e => e.Sequence == at - 1);
        var forged = fx.Writer.Create(AuditTrailFixture.Record(9999));
        forged.Id = 1_000_000;
        forged.Sequence = at;
        forged.BlockNumber = previous.BlockNumber;
        forged.ChainHash = AuditHashing.ComputeChainHash(previous.ChainHash, at, forged.Id, forged.BlockNumber!.Value, forged.EntryHash);
        db.Add(forged);
        await db.SaveChangesAsync();
    }

    /// <summary>Deletes the last block and its entries and winds the seal head back to match.</summary>
    public static async Task TruncateLastBlockAsync(AuditTrailFixture fx)
    {
        await using var db = fx.CreateContext();
        var blocks = await db.Set<AuditBlock>().OrderByDescending(b => b.BlockNumber).Take(2).ToListAsync();
        var (last, kept) = (blocks[0], blocks[1]);
        await db.Set<AuditEntry>().Where(e => e.BlockNumber == last.BlockNumber).ExecuteDeleteAsync();
        await db.Set<AuditBlock>().Where(b => b.BlockNumber == last.BlockNumber).ExecuteDeleteAsync();
        await db.Set<AuditSealHead>().ExecuteUpdateAsync(s => s
            .SetProperty(h => h.LastSequence, kept.LastSequence)
            .SetProperty(h => h.LastBlockNumber, kept.BlockNumber)
            .SetProperty(h => h.LastChainHash, kept.LastChainHash)
            .SetProperty(h => h.LastBlockHash, kept.BlockHash));
    }

    /// <summary>
    /// Changes entry <paramref name="at"/> and recomputes every entry hash, chain hash, block and
    /// the seal head with the public algorithm: only the signed checkpoints can tell.
    /// </summary>
    public static async Task RewriteAndRehashAsync(AuditTrailFixture fx, long at)
    {
        await using var db = fx.CreateContext();
        var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
        var blocks = await db.Set<AuditBlock>().OrderBy(b => b.BlockNumber).ToListAsync();
        entries.Single(e => e.Sequence == at).Motivation = "rewritten";

        var chain = new byte[32];
        foreach (var entry in entries)
        {
            entry.EntryHash = AuditHashing.ComputeEntryHash(entry);
            chain = AuditHashing.ComputeChainHash(chain, entry.Sequence!.Value, entry.Id, entry.BlockNumber!.Value, entry.EntryHash);
            entry.ChainHash = chain;
        }
        var previousBlock = new byte[32];
        foreach (var block in blocks)
        {
            var members = entries.Where(e => e.BlockNumber == block.BlockNumber).ToList();
            block.MerkleRoot = AuditHashing.ComputeMerkleRoot(members.Select(e => e.EntryHash));
            block.LastChainHash = members[^1].ChainHash!;
            block.PreviousBlockHash = previousBlock;
            block.BlockHash = AuditHashing.ComputeBlockHash(block);
            previousBlock = block.BlockHash;
        }
        var head = await db.Set<AuditSealHead>().SingleAsync();
        head.LastChainHash = chain;
        head.LastBlockHash = previousBlock;
        await db.SaveChangesAsync();
    }
}
