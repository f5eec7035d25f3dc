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
internal sealed class SessionStore(ObiDossierDbContext db, NotificationWriter notifications) : WorkflowStore<Session>
{
    public override string Workflow => SessionWorkflow.Name;
    public override string EntityType => "session";

    public override async Task<Session?> LoadAggregateAsync(Guid id, CancellationToken ct)
    {
        var entity = await db.Set<SessionEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (entity is null) return null;
        // Only a session whose agenda is still open takes the queue (oldest first).
        var queued = entity.State == SessionWorkflow.States.Scheduled
            ? await db.Set<CaseEntity>().AsNoTracking().Where(c => c.State == CaseWorkflow.States.Queued)
                .OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct)
            : [];
        return new Session(entity, queued);
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

    protected override async Task<bool> ChangedMeanwhileAsync(Session s, CancellationToken ct)
    {
        var loaded = db.Entry(s.Entity).Property(x => x.Version).OriginalValue;
        var now = await db.Set<SessionEntity>().AsNoTracking().Where(x => x.Id == s.Id).Select(x => (long?)x.Version).FirstOrDefaultAsync(ct);
        return now != loaded;
    }
}
