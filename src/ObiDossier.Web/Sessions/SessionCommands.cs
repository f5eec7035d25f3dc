using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Notifications;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Sessions;

/// <summary>Scheduling and moving consultation sessions; freezing an agenda moves every queued case onto it.</summary>
internal sealed class SessionCommands(ObiDossierDbContext db, WorkflowEngine engine, AuditWriter audit, CaseCommands cases,
    NotificationWriter notifications, LegalCalendar calendar, TimeProvider clock)
{
    public const string Workflow = "consultation-session";

    public async Task<SessionView> ViewAsync(SessionEntity s, Actor actor, CancellationToken ct)
    {
        var agenda = await db.Set<AgendaItemEntity>().AsNoTracking().Where(a => a.SessionId == s.Id).OrderBy(a => a.AddedAt).ThenBy(a => a.CaseId)
            .Select(a => a.CaseId).ToListAsync(ct);
        var options = engine.Options(s, new GuardContext(actor, TriggerInputs.None, clock.GetUtcNow()));
        return new SessionView(s.Id, s.Date, s.State, agenda,
            [.. options.Where(o => o.Allowed).Select(o => new AllowedActionDto(o.Trigger, o.Description, [.. o.Inputs.Select(i => i.ToDto())]))], s.Version);
    }

    public async Task<CommandResult<SessionEntity>> CreateAsync(DateOnly? date, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        CommandError? error = date is null ? CommandError.Invalid("A date is required.", [new("date-required", "A date (yyyy-MM-dd) is required.")])
            : date < calendar.Today(now) ? CommandError.Invalid("The date is in the past.", [new("date-in-past", "A session is scheduled for today or later.")])
            : await db.Set<SessionEntity>().AnyAsync(s => s.Date == date, ct) ? new CommandError(409, "A session on that date exists.", [new("session-exists", "There is already a session on that date.")])
            : null;
        if (error is not null) return await RefuseAsync(actor, "session.create", null, error, ct);

        var definition = engine.Catalog.Latest(Workflow);
        var session = new SessionEntity
        {
            Id = Guid.CreateVersion7(now), Date = date!.Value, WorkflowName = definition.Name, WorkflowVersion = definition.Version,
            State = definition.InitialState, CreatedAt = now, Version = 1,
        };
        db.Add(session);
        audit.Add(db, new AuditRecord(actor, "session.create", "session", session.Id.ToString(), null, AuditOutcome.Succeeded, 201,
            ChangedFields: ["date", "state"]));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return await RefuseAsync(actor, "session.create", null, new CommandError(409, "A session on that date exists.", [new("session-exists", "There is already a session on that date.")]), ct);
        }
        return session;
    }

    /// <summary>Fires a session trigger; <c>freeze-agenda</c> also moves every queued case onto the agenda, in the same transaction.</summary>
    public async Task<CommandResult<SessionEntity>> FireAsync(Guid id, string trigger, Actor actor, CancellationToken ct, bool bySystem = false)
    {
        var action = $"session.trigger.{(trigger.Length <= 64 && trigger.All(c => char.IsAsciiLetterLower(c) || c == '-') ? trigger : "unknown")}";
        var session = await db.Set<SessionEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return await RefuseAsync(actor, action, id, CommandError.NotFound("Session"), ct);

        var now = clock.GetUtcNow();
        var context = new GuardContext(actor, TriggerInputs.None, now);
        var decision = engine.Decide(session, trigger, context, bySystem);
        if (!decision.Allowed) return await RefuseAsync(actor, action, id, CommandError.From(decision), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = new List<string> { "state" };
        var onAgenda = new List<Guid>();
        if (trigger == "freeze-agenda")
        {
            // Each case moves through its own workflow (history, audit) inside this one transaction.
            var queued = await db.Set<CaseEntity>().Where(c => c.State == "Queued").OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct);
            foreach (var caseId in queued)
            {
                var moved = await cases.FireAsync(caseId, "agenda-frozen", TriggerInputs.None, actor, null, ct, bySystem: true, sessionId: session.Id);
                if (moved.Error is null) onAgenda.Add(caseId); // else changed concurrently (e.g. withdrawn): not on this agenda
            }
            session.AgendaFrozenAt = now;
            changed.Add("agenda");
        }
        TransitionResult result;
        try
        {
            result = engine.Fire(session, trigger, context, bySystem);
        }
        catch (TriggerRefusedException)
        {
            // Another instance moved the session while this one moved its cases: theirs won, undo ours.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await RefuseAsync(actor, action, id, CommandError.Conflict("A concurrent change to this session won: reload it."), ct);
        }
        notifications.AddForSessionTransition(session, result, onAgenda.Count, now);
        foreach (var caseId in onAgenda) db.Add(new AgendaItemEntity { SessionId = session.Id, CaseId = caseId, AddedAt = now });
        session.Version++;
        audit.Add(db, new AuditRecord(actor, action, "session", session.Id.ToString(), null, AuditOutcome.Succeeded, 200, ChangedFields: changed));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await RefuseAsync(actor, action, id, CommandError.Conflict("A concurrent change to this session won: reload it."), ct);
        }
        Telemetry.ObiMetrics.Transition(session.WorkflowName, trigger);
        return session;
    }

    private async Task<CommandError> RefuseAsync(Actor actor, string action, Guid? id, CommandError error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        audit.Add(db, new AuditRecord(actor, action, "session", id?.ToString(), null, AuditOutcome.Refused, error.Status,
            Reasons: [.. error.Conditions.Select(c => c.Code).Distinct()]));
        await db.SaveChangesAsync(ct);
        Telemetry.ObiMetrics.Refusal(action, error.Conditions.Select(c => c.Code), engine.Catalog.Latest(Workflow));
        return error;
    }
}
