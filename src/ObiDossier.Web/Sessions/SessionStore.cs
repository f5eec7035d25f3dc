using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Notifications;

namespace ObiDossier.Web.Sessions;

/// <summary>How the command pipeline loads and writes a consultation <see cref="Session"/>.</summary>
internal sealed class SessionStore(UnitOfWork unit, NotificationWriter notifications) : WorkflowStore<Session>
{
    private ObiDossierDbContext db => unit.Db;

    public override string Workflow => SessionWorkflow.Name;
    public override string EntityType => "session";

    public override async Task<Session?> LoadAggregateAsync(Guid id, CancellationToken ct)
    {
        var entity = await db.Set<SessionEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (entity is null) return null;
        // Only a session whose agenda is still open takes the queue; which of it, and in what order, the session decides.
        var queued = entity.State == SessionWorkflow.States.Scheduled ? await QueueAsync(db, ct) : [];
        return new Session(entity, queued);
    }

    /// <summary>
    /// Every queued case with its priority and the time it (last) entered the queue, from its
    /// history: a case returned to the queue after an answer waits from then.
    /// </summary>
    public static async Task<List<QueuedCase>> QueueAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        var cases = await db.Set<CaseEntity>().AsNoTracking().Where(c => c.State == CaseWorkflow.States.Queued)
            .Select(c => new { c.Id, c.Priority, c.CreatedAt }).ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var since = (await db.Set<CaseTransitionEntity>().AsNoTracking()
                .Where(t => ids.Contains(t.CaseId) && t.To == CaseWorkflow.States.Queued)
                .Select(t => new { t.CaseId, t.Id, t.At }).ToListAsync(ct))
            .GroupBy(t => t.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Id)!.At);
        return [.. cases.Select(c => new QueuedCase(c.Id, c.Priority, since.GetValueOrDefault(c.Id, c.CreatedAt)))];
    }

    protected override bool CanSee(Session s, Actor actor) => true;
    protected override long Version(Session s) => s.Entity.Version;
    protected override Guid? CaseId(Session s) => null;

    protected override void Stage(Session s, TransitionResult result, CommandContext command, string? sealedMotivation)
    {
        db.AddRange(s.AddedAgendaItems);
        s.Touch();
    }

    protected override Task NotifyAsync(Session s, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct)
    {
        notifications.AddForSessionTransition(s.Entity, result, roles, s.AddedAgendaItems.Count, now);
        return Task.CompletedTask;
    }

    protected override Task<bool> ChangedMeanwhileAsync(Session s, CancellationToken ct) => unit.ChangedSinceLoadedAsync(s.Entity, s.Id, ct);
}
