using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Verifies the whole audit trail in memory that does not grow with it: every entry's hash
/// against its content, the dense sequence, the chain links, every block (range, Merkle root,
/// links), the seal head, and every signed checkpoint (which is what catches a consistent
/// rewrite of the whole chain and a truncated tail). Block headers are checked first, a page at
/// a time, in order; their stored boundary hashes then let the blocks' entries be checked in
/// parallel, one worker (and connection) per core, each block's rows read in storage order.
/// Stops at the first fault and names it: the first in chain order, whichever worker found it.
/// </summary>
public sealed class AuditVerifier(ObiDossierDbContext db, AuditCheckpointKey key)
{
    /// <summary>
    /// Blocks read per query; their entries are streamed, never held. A page of 1,024 headers
    /// is under half a MiB; each query costs EF Core's query pipeline, and in the short-lived
    /// <c>audit verify</c> process that pipeline, run 16 times for a million entries at 64 a page,
    /// got re-jitted at tier 1 alongside the workers (perf: 0.6–0.7 s of CPU, 0.2–0.3 s at 1,024).
    /// </summary>
    public int BlockPageSize { get; init; } = 1024;

    /// <summary>Workers checking blocks at once, each on its own connection (1: the context's own connection only).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Read SQLite through its statement API (tests turn it off to cover the ADO.NET path).</summary>
    internal bool SqliteFastPath { get; init; } = true;

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
        var workers = new List<BlockWorker>();
        try
        {
            workers.AddRange(await OpenWorkersAsync(sql, checkpoints, head, cancellationToken));
            var broken = chain.CheckGenesis() ?? await VerifySealedAsync(chain, workers, cancellationToken)
                ?? await VerifyNoStraySequencesAsync(chain, cancellationToken) ?? chain.CheckEnd();
            if (broken is not null)
            {
                return broken;
            }
            return await CheckLogReachesAsync(checkpoints, sealedBefore, chain.Sealed, cancellationToken)
                ?? await Task.Run(() => VerifyPending(chain, workers[0].Reader, sql, checkpoints.Count, cancellationToken), cancellationToken);
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every seal writes a checkpoint, so a log that stops short of the trail was cut at its end.
    /// A seal committed just before this run (on this or another host) may still be writing its
    /// checkpoint: the log is read again, for up to <see cref="LogCatchUp"/>, before that is called
    /// a fault. A log that really was cut costs only that wait.
    /// </summary>
    private async Task<AuditVerificationResult?> CheckLogReachesAsync(AuditCheckpointSet checkpoints, long sealedBefore, long entries, CancellationToken ct)
    {
        if (!key.Exists || sealedBefore == 0 || checkpoints.LogMaxSequence >= sealedBefore)
        {
            return null;
        }
        var waited = TimeSpan.Zero;
        while (true)
        {
            var again = AuditCheckpointSet.Load(key);
            if (!again.LogExists)
            {
                return AuditVerificationResult.Broken(entries, null,
                    $"the checkpoint log {key.CheckpointsPath} is missing while its key exists: it was removed or moved");
            }
            if (again.Fault is null && again.LogMaxSequence >= sealedBefore) return null;
            if (waited >= LogCatchUp)
            {
                return AuditVerificationResult.Broken(entries, again.LogMaxSequence + 1,
                    $"the checkpoint log ends at entry {again.LogMaxSequence} but the trail is sealed up to entry {sealedBefore}: the log was shortened "
                    + "(or a host stopped between a seal and its checkpoint: `jobs run audit-checkpoint` writes the missing one)");
            }
            await Task.Delay(LogCatchUpStep, ct);
            waited += LogCatchUpStep;
        }
    }

    /// <summary>How long a seal in flight may take to append its checkpoint before a short log is a fault.</summary>
    private static readonly TimeSpan LogCatchUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LogCatchUpStep = TimeSpan.FromMilliseconds(250);

    private async Task<AuditVerificationResult?> VerifySealedAsync(ChainCheck chain, List<BlockWorker> workers, CancellationToken ct)
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
            if (sound.Count > 0)
            {
                if (await VerifyBlocksAsync(sound, workers, ct) is { } entryFault)
                {
                    return entryFault;
                }
                chain.Verified(sound[^1].Block);
            }
            if (headerFault is not null)
            {
                // Counted after the blocks before it are verified, so the count does not depend on paging.
                return headerFault with { Entries = chain.Sealed };
            }
        }
    }

    /// <summary>
    /// Checks the blocks' entries on every worker at once and returns the fault of the first bad
    /// block in chain order. Workers take blocks in order and skip only blocks after a bad one,
    /// so every block before the first bad one is checked: the verdict does not depend on timing.
    /// </summary>
    private static async Task<AuditVerificationResult?> VerifyBlocksAsync(
        List<(AuditBlock Block, byte[] PreviousChain)> blocks, List<BlockWorker> workers, CancellationToken ct)
    {
        var faults = new AuditVerificationResult?[blocks.Count];
        var next = -1;
        var firstBad = int.MaxValue;
        void Work(BlockWorker worker)
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < blocks.Count && i < Volatile.Read(ref firstBad))
            {
                ct.ThrowIfCancellationRequested();
                if (worker.Verify(blocks[i].Block, blocks[i].PreviousChain, ct) is { } fault)
                {
                    faults[i] = fault;
                    for (var seen = Volatile.Read(ref firstBad); i < seen; seen = Volatile.Read(ref firstBad))
                    {
                        if (Interlocked.CompareExchange(ref firstBad, i, seen) == seen) break;
                    }
                }
            }
        }
        var running = workers.Take(Math.Min(workers.Count, blocks.Count)).Select(w => Task.Run(() => Work(w), ct)).ToArray();
        await Task.WhenAll(running);
        return firstBad == int.MaxValue ? null : faults[firstBad];
    }

    /// <summary>
    /// The workers: on a database the verifier can open again (a file or a server, outside any
    /// transaction), one connection per worker (SQLite: read-only, see <see cref="SqliteRowReader.OpenReadOnly"/>); otherwise the context's own connection alone.
    /// </summary>
    private async Task<List<BlockWorker>> OpenWorkersAsync(AuditEntrySql sql, AuditCheckpointSet checkpoints, AuditSealHead head, CancellationToken ct)
    {
        var own = db.Database.GetDbConnection();
        var connectionString = db.Database.GetConnectionString();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var workers = new List<BlockWorker>();
        var reopen = transaction is null && !string.IsNullOrEmpty(connectionString) && !IsInMemory(own);
        if (reopen && own is SqliteConnection sqlite && SqliteFastPath)
        {
            // Every worker on a read-only connection of its own, without SQLite's per-call mutex.
            try
            {
                for (var i = 0; i < Math.Max(1, Parallelism); i++)
                {
                    workers.Add(new(SqliteRowReader.OpenReadOnly(sqlite), sql, checkpoints, head));
                }
            }
            catch
            {
                workers.ForEach(w => w.Dispose());
                throw;
            }
            return workers;
        }
        workers.Add(new(Reader(own, transaction, owns: false), sql, checkpoints, head));
        if (Parallelism <= 1 || !reopen || DbProviderFactories.GetFactory(own) is not { } factory)
        {
            return workers;
        }
        try
        {
            for (var i = 1; i < Parallelism; i++)
            {
                // A clone keeps what the context's connection was given (Npgsql: its data source,
                // credentials and logging); otherwise a new connection from the same string.
                var connection = own is ICloneable cloneable ? (DbConnection)cloneable.Clone() : factory.CreateConnection()!;
                if (own is not ICloneable) connection.ConnectionString = connectionString;
                workers.Add(new(Reader(connection, null, owns: true), sql, checkpoints, head));
                await connection.OpenAsync(ct);
                if (connection is SqliteConnection { Handle: { } handle })
                {
                    // As the context's own connections do (SqliteBusyTimeout): wait out a checkpoint rather than fail.
                    SQLitePCL.raw.sqlite3_busy_timeout(handle, 30_000);
                }
            }
        }
        catch
        {
            workers.ForEach(w => w.Dispose());
            throw;
        }
        return workers;
    }

    private AuditRowReader Reader(DbConnection connection, DbTransaction? transaction, bool owns) =>
        connection is SqliteConnection sqlite && SqliteFastPath && transaction is null
            ? new SqliteRowReader(sqlite)
            : new AuditRowReader(connection, transaction, owns);

    private static bool IsInMemory(DbConnection connection) =>
        connection is SqliteConnection sqlite
        && (sqlite.DataSource is "" or ":memory:" || new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.Memory);

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

    private static AuditVerificationResult VerifyPending(ChainCheck chain, AuditRowReader reader, AuditEntrySql sql, int checkpoints, CancellationToken ct)
    {
        long pending = 0;
        var broken = reader.Read(sql.Pending, [], row =>
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
}
