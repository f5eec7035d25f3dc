using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Commands;

/// <summary>
/// SQLite lets one writer in at a time. Without a queue, concurrent commands all start their write
/// transaction and the losers wait in SQLite's busy handler, which sleeps in steps of up to 100 ms
/// and lets late comers overtake: at 32 clients most of a transition's p99 was that sleep, not
/// work (README, Benchmarks). On SQLite the unit of work's saves therefore queue here, first come
/// first served, and each goes to SQLite when the previous one has committed. Other writers (the
/// sealer, jobs, another process) still meet the busy handler, as before. A save inside an explicit
/// transaction is not queued: that transaction may already hold the write lock. Server databases
/// have row locks and many writers, so there is no gate there.
/// </summary>
internal sealed class WriterGate(DatabaseConnection connection)
{
    private readonly SemaphoreSlim? _gate = connection.Provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    /// <summary>Waits for this process's turn to write; dispose the result when the save is done.</summary>
    public async ValueTask<Turn> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (_gate is null || db.Database.CurrentTransaction is not null) return default;
        await _gate.WaitAsync(ct);
        return new Turn(_gate);
    }

    /// <summary>One writer's turn; ends on dispose.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
