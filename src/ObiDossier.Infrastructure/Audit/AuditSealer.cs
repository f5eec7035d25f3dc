using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Seals pending audit entries into the hash chain, one block per batch, outside every writer's
/// transaction. Writers never wait for it: they only insert. Sealers on several hosts contend
/// only with each other, through an optimistic version check on the single
/// <see cref="AuditSealHead"/> row; the loser rolls back and retries with a fresh head.
/// Given the checkpoint log, every block it seals is signed into the log as soon as it commits,
/// so that no sealed entry can be cut back unnoticed.
/// </summary>
public sealed class AuditSealer(ObiDossierDbContext db, TimeProvider time, AuditCheckpointLog? checkpoints = null)
{
    /// <summary>Most entries one block holds (one batch, one short sealing transaction).</summary>
    public int MaxBlockSize { get; init; } = 1024;

    /// <summary>How often a sealer that lost the race for the head tries again.</summary>
    public int MaxAttempts { get; init; } = 50;

    /// <summary>Seals every entry committed so far; returns how many it sealed.</summary>
    public async Task<long> SealPendingAsync(CancellationToken cancellationToken = default)
    {
        long total = 0;
        while (true)
        {
            var sealedNow = await SealNextBlockAsync(cancellationToken);
            if (sealedNow == 0)
            {
                return total;
            }
            total += sealedNow;
        }
    }

    /// <summary>Seals at most one block; returns its size (0 when nothing was pending).</summary>
    public async Task<int> SealNextBlockAsync(CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var head = await db.Set<AuditSealHead>().AsNoTracking()
                .SingleAsync(h => h.Id == AuditSealHead.SingletonId, cancellationToken);
            // Pending means "not sealed yet", never "Id above the last sealed Id": an entry whose
            // transaction commits late with a lower Id is simply sealed in a later block.
            var pending = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Sequence == null)
                .OrderBy(e => e.Id)
                .Select(e => new PendingEntry(e.Id, e.EntryHash))
                .Take(MaxBlockSize)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return 0;
            }
            // Inside the provider's execution strategy, so a context configured to retry on
            // transient failures (SQL Server, PostgreSQL) accepts the explicit transaction.
            var strategy = db.Database.CreateExecutionStrategy();
            if (await strategy.ExecuteAsync(() => TrySealAsync(head, pending, cancellationToken)) is { } block)
            {
                if (checkpoints is not null)
                {
                    await checkpoints.AppendAsync(block.LastSequence, block.LastChainHash, cancellationToken);
                }
                return pending.Count;
            }
            if (attempt >= MaxAttempts)
            {
                throw new InvalidOperationException($"Audit sealing lost the race for the seal head {attempt} times in a row.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 10))), cancellationToken);
        }
    }

    private async Task<AuditBlock?> TrySealAsync(AuditSealHead head, List<PendingEntry> pending, CancellationToken ct)
    {
        var blockNumber = head.LastBlockNumber + 1;
        var sequences = new long[pending.Count];
        var chains = new byte[pending.Count][];
        var merkle = new MerkleAccumulator();
        var previous = head.LastChainHash;
        for (var i = 0; i < pending.Count; i++)
        {
            sequences[i] = head.LastSequence + 1 + i;
            chains[i] = AuditHashing.ComputeChainHash(previous, sequences[i], pending[i].Id, blockNumber, pending[i].EntryHash);
            merkle.AddLeafHash(pending[i].EntryHash);
            previous = chains[i];
        }
        var block = new AuditBlock
        {
            BlockNumber = blockNumber,
            FirstSequence = sequences[0],
            LastSequence = sequences[^1],
            EntryCount = pending.Count,
            MerkleRoot = new byte[AuditHashing.HashSize],
            LastChainHash = previous,
            PreviousBlockHash = head.LastBlockHash,
            SealedAt = AuditHashing.TruncateToMicroseconds(time.GetUtcNow()),
        };
        merkle.RootTo(block.MerkleRoot);
        block.BlockHash = AuditHashing.ComputeBlockHash(block);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The head update comes first: it is the only point of contention, and once it holds
            // no other sealer can commit a block until this transaction ends.
            var won = await db.Set<AuditSealHead>()
                .Where(h => h.Id == AuditSealHead.SingletonId && h.Version == head.Version)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(h => h.Version, head.Version + 1)
                    .SetProperty(h => h.LastSequence, block.LastSequence)
                    .SetProperty(h => h.LastBlockNumber, blockNumber)
                    .SetProperty(h => h.LastChainHash, block.LastChainHash)
                    .SetProperty(h => h.LastBlockHash, block.BlockHash), ct);
            if (won != 1)
            {
                return null;
            }
            for (var i = 0; i < pending.Count; i++)
            {
                var id = pending[i].Id;
                var sequence = sequences[i];
                var chain = chains[i];
                var updated = await db.Set<AuditEntry>()
                    .Where(e => e.Id == id && e.Sequence == null)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(e => e.Sequence, sequence)
                        .SetProperty(e => e.ChainHash, chain)
                        .SetProperty(e => e.BlockNumber, blockNumber), ct);
                if (updated != 1)
                {
                    return null; // sealed meanwhile by a sealer that did not respect the head
                }
            }
            db.Set<AuditBlock>().Add(block);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.Entry(block).State = EntityState.Detached;
            }
            await tx.CommitAsync(ct);
            return block;
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }

    private sealed record PendingEntry(long Id, byte[] EntryHash);
}
