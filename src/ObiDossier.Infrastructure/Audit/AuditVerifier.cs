using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Verifies the whole audit trail in one streaming pass, in constant memory: every entry's hash
/// against its content, the dense sequence, the chain links, every block (range, Merkle root,
/// links), the seal head, and every signed checkpoint (which is what catches a consistent
/// rewrite of the whole chain and a truncated tail). Stops at the first fault and names it.
/// </summary>
public sealed class AuditVerifier(ObiDossierDbContext db, AuditCheckpointKey key)
{
    /// <summary>Blocks read per query; entries are streamed, never held.</summary>
    public int BlockPageSize { get; init; } = 64;

    /// <summary>Read SQLite through its statement API (tests turn it off to cover the ADO.NET path).</summary>
    internal bool SqliteFastPath { get; init; } = true;

    /// <summary>On the SQLite fast path, read and hash on two threads (off: one thread, for comparison).</summary>
    internal bool SqlitePipelined { get; init; } = true;

    public Task<AuditVerificationResult> VerifyAsync(CancellationToken cancellationToken = default) => VerifyAsync(null, cancellationToken);

    /// <summary>
    /// Verifies the trail and the checkpoint log; with <paramref name="trusted"/> (a checkpoint an
    /// auditor exported earlier and kept outside the system) also that the trail still extends it.
    /// </summary>
    public async Task<AuditVerificationResult> VerifyAsync(AuditCheckpoint? trusted, CancellationToken cancellationToken = default)
    {
        // The head before the log: whatever it covers was sealed, and so checkpointed, before the
        // log is read (but for a seal whose checkpoint is being written now: see CheckLogReachesAsync).
        var sealedBefore = (await db.Set<AuditSealHead>().AsNoTracking()
            .SingleAsync(h => h.Id == AuditSealHead.SingletonId, cancellationToken)).LastSequence;
        var checkpoints = AuditCheckpointSet.Load(key, trusted);
        if (checkpoints.Fault is { } fault)
        {
            return AuditVerificationResult.Broken(0, null, fault);
        }
        // Read before the entries: everything the head and the checkpoints vouch for was sealed
        // before we start, so a concurrent sealer cannot make a sound trail look short.
        var head = await db.Set<AuditSealHead>().AsNoTracking()
            .SingleAsync(h => h.Id == AuditSealHead.SingletonId, cancellationToken);

        var chain = new ChainCheck(checkpoints, head);
        var sql = new AuditEntrySql(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var broken = chain.CheckGenesis() ?? await VerifySealedAsync(chain, sql, cancellationToken)
                ?? await VerifyNoStraySequencesAsync(chain, cancellationToken) ?? chain.CheckEnd();
            if (broken is not null)
            {
                return broken;
            }
            return CheckLogReaches(checkpoints, sealedBefore, chain.Sealed)
                ?? await VerifyPendingAsync(chain, sql, checkpoints.Count, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every seal writes a checkpoint, so a log that stops short of the trail was cut at its end.
    /// A seal committed just before this run may still be writing its checkpoint: the log is read
    /// again before that is called a fault.
    /// </summary>
    private AuditVerificationResult? CheckLogReaches(AuditCheckpointSet checkpoints, long sealedBefore, long entries)
    {
        if (!key.Exists || sealedBefore == 0 || checkpoints.LogMaxSequence >= sealedBefore)
        {
            return null;
        }
        var again = AuditCheckpointSet.Load(key);
        if (!again.LogExists)
        {
            return AuditVerificationResult.Broken(entries, null,
                $"the checkpoint log {key.CheckpointsPath} is missing while its key exists: it was removed or moved");
        }
        return again.Fault is null && again.LogMaxSequence >= sealedBefore ? null
            : AuditVerificationResult.Broken(entries, again.LogMaxSequence + 1,
                $"the checkpoint log ends at entry {again.LogMaxSequence} but the trail is sealed up to entry {sealedBefore}: the log was shortened "
                + "(or a host stopped between a seal and its checkpoint: `jobs run audit-checkpoint` writes the missing one)");
    }

    private async Task<AuditVerificationResult?> VerifySealedAsync(ChainCheck chain, AuditEntrySql sql, CancellationToken ct)
    {
        long lastBlock = 0;
        while (true)
        {
            var blocks = await db.Set<AuditBlock>().AsNoTracking()
                .Where(b => b.BlockNumber > lastBlock)
                .OrderBy(b => b.BlockNumber)
                .Take(BlockPageSize)
                .ToListAsync(ct);
            if (blocks.Count == 0)
            {
                return null;
            }
            lastBlock = blocks[^1].BlockNumber;
            // A bad header is reported only after the entries before it, so the fault named is
            // the first one in chain order.
            var (sound, headerFault) = chain.CheckBlockHeaders(blocks);
            if (sound > 0 && await VerifyEntriesAsync(chain, sql, blocks.Take(sound).ToList(), ct) is { } entryFault)
            {
                return entryFault;
            }
            if (headerFault is not null)
            {
                return headerFault;
            }
        }
    }

    private async Task<AuditVerificationResult?> VerifyEntriesAsync(ChainCheck chain, AuditEntrySql sql, List<AuditBlock> blocks, CancellationToken ct)
    {
        chain.BeginBlocks(blocks);
        return await StreamAsync(sql.SealedRange, (blocks[0].FirstSequence, blocks[^1].LastSequence), chain.Accept, ct)
            ?? chain.EndBlocks();
    }

    // Sealed entries outside every block's range (a sequence moved below 1 or past the last block).
    // A sequence past the last block read is a stray only if no block covers it now: a sealer on
    // another instance may have committed a block after this run read the last one (the next run
    // verifies that block).
    private async Task<AuditVerificationResult?> VerifyNoStraySequencesAsync(ChainCheck chain, CancellationToken ct)
    {
        var last = chain.LastSequence;
        var blocks = db.Set<AuditBlock>().AsNoTracking();
        var stray = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Sequence != null && (e.Sequence < 1
                || (e.Sequence > last && !blocks.Any(b => e.Sequence >= b.FirstSequence && e.Sequence <= b.LastSequence))))
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Id, e.Sequence })
            .FirstOrDefaultAsync(ct);
        return stray is null ? null : AuditVerificationResult.Broken(chain.Sealed, stray.Sequence,
            $"entry {stray.Sequence} (id {stray.Id}) carries a sequence that no block seals");
    }

    private async Task<AuditVerificationResult> VerifyPendingAsync(ChainCheck chain, AuditEntrySql sql, int checkpoints, CancellationToken ct)
    {
        long pending = 0;
        var broken = await StreamAsync(sql.Pending, null, row =>
        {
            pending++;
            if (row.HasChainHash || row.BlockNumber is not null)
            {
                return AuditVerificationResult.Broken(chain.Sealed + pending, row.Id, $"unsealed entry id {row.Id} carries sealing data");
            }
            return row.EntryHashMatches ? null
                : AuditVerificationResult.Broken(chain.Sealed + pending, row.Id, $"unsealed entry id {row.Id}: entry hash does not match its content");
        }, ct);
        return broken ?? new AuditVerificationResult(true, chain.Sealed + pending, null, null)
        {
            PendingEntries = pending,
            CheckpointsVerified = checkpoints,
        };
    }

    /// <summary>Feeds each row to <paramref name="accept"/> until it returns a fault or rows run out.</summary>
    private async Task<AuditVerificationResult?> StreamAsync(
        string sql, (long Lo, long Hi)? range, Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && SqliteFastPath && db.Database.CurrentTransaction is null)
        {
            return await SqliteRowStream.RunAsync(sqlite, sql, range, accept, SqlitePipelined, ct);
        }
        var row = new AuditEntryRow();
        await using var command = CreateCommand(sql);
        if (range is { } r)
        {
            AddParameter(command, "@lo", r.Lo);
            AddParameter(command, "@hi", r.Hi);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row.Read(reader);
            if (accept(row) is { } bad)
            {
                return bad;
            }
        }
        return null;
    }

    private DbCommand CreateCommand(string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void AddParameter(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
