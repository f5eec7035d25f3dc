using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Telemetry;

namespace ObiDossier.Web.Commands;

/// <summary>Who was refused what, for the audit entry of a refusal.</summary>
internal sealed record RefusalRecord(
    Actor Actor, string Action, string EntityType, string? EntityId, Guid? CaseId = null,
    string? LegalBasisCode = null, string? Motivation = null, WorkflowDefinition? Workflow = null);

/// <summary>
/// The one audited unit of work of a request (or job step): the command's changes, its audit
/// entry, processing records and notifications are added to one <see cref="ObiDossierDbContext"/>
/// and saved once, so they commit together or not at all. A refusal is audited here too, the same
/// way for every command: nothing of the refused command is saved except its audit entry (and the
/// record of a processing of personal data it really performed). A lost race is 409 here.
/// </summary>
internal sealed class UnitOfWork(ObiDossierDbContext db, AuditWriter audit, WriterGate gate)
{
    public ObiDossierDbContext Db => db;

    public void Audit(AuditRecord record) => audit.Add(db, record);

    /// <summary>
    /// Saves everything added. A concurrency failure — or, when <paramref name="lostRace"/> says
    /// so, a key collision with a concurrent insert — is a conflict, returned as its error.
    /// </summary>
    public async Task<CommandError?> SaveAsync(string what, CancellationToken ct, Func<Task<bool>>? lostRace = null)
    {
        try
        {
            await SaveQueuedAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicted(what);
        }
        catch (DbUpdateException) when (lostRace is not null)
        {
            // Two racers adding the same row (e.g. one prosecutor's interest, fired twice) collide on
            // its key before the version check is reached: the loser of that race is a conflict too.
            if (!await lostRace()) throw;
            return Conflicted(what);
        }
    }

    /// <summary>
    /// Whether the stored row moved on since <paramref name="entity"/> was loaded into this unit of
    /// work: its <c>Version</c> (the concurrency token of every workflow row) differs from the one read.
    /// </summary>
    public async Task<bool> ChangedSinceLoadedAsync<TEntity>(TEntity entity, Guid id, CancellationToken ct) where TEntity : class
    {
        var loaded = db.Entry(entity).Property<long>("Version").OriginalValue;
        var now = await db.Set<TEntity>().AsNoTracking().Where(e => EF.Property<Guid>(e, "Id") == id)
            .Select(e => (long?)EF.Property<long>(e, "Version")).FirstOrDefaultAsync(ct);
        return now != loaded;
    }

    /// <summary>Audits a refused command in a unit of its own (everything else the command added is dropped) and returns the error.</summary>
    /// <param name="refusal">Who was refused what.</param>
    /// <param name="error">Why: the status and every unmet condition.</param>
    /// <param name="ct">Cancels the save.</param>
    /// <param name="keepProcessing">Keep the records of processings the command performed before it was refused (a vault scan is a real processing).</param>
    public async Task<CommandError> RefuseAsync(RefusalRecord refusal, CommandError error, CancellationToken ct, bool keepProcessing = false)
    {
        var kept = keepProcessing
            ? db.ChangeTracker.Entries<ProcessingRecordEntity>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList()
            : [];
        db.ChangeTracker.Clear();
        db.AddRange(kept);
        AddRefusal(refusal, error);
        await SaveQueuedAsync(ct);
        return error;
    }

    /// <summary>One SaveChanges, in this process's queue of writers where the database has one writer at a time (<see cref="WriterGate"/>).</summary>
    private async Task SaveQueuedAsync(CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(db, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds the audit entry of a refusal to the current unit of work without dropping anything —
    /// for a step of a larger command that goes on without it (a case that left the queue stays off the agenda).
    /// </summary>
    public void AddRefusal(RefusalRecord refusal, CommandError error)
    {
        var codes = error.Conditions.Select(c => c.Code).Distinct(StringComparer.Ordinal).ToList();
        audit.Add(db, new AuditRecord(refusal.Actor, refusal.Action, refusal.EntityType, refusal.EntityId, refusal.CaseId, AuditOutcome.Refused,
            error.Status, Reasons: codes, LegalBasisCode: refusal.LegalBasisCode, Motivation: refusal.Motivation));
        ObiMetrics.Refusal(refusal.Action, codes, refusal.Workflow);
    }

    /// <summary>The answer to a lost race on <paramref name="what"/> ("case", "session", ...).</summary>
    public static CommandError Conflicted(string what) => CommandError.Conflict($"A concurrent change to this {what} won: reload it.");
}
