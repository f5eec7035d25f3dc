using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Commands;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Notifications;
using ObiDossier.Web.Jobs;
using Microsoft.Extensions.Options;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Sessions;

/// <summary>
/// Scheduling and moving consultation sessions. Triggers go through the one command pipeline
/// (<see cref="WorkflowCommands"/>); freezing an agenda moves the most pressing queued cases onto it there, up to the capacity
/// (the <c>fill-agenda</c> effect), in the same unit of work.
/// </summary>
internal sealed class SessionCommands(UnitOfWork unit, WorkflowCommands workflows, WorkflowEngine engine, LegalCalendar calendar, TimeProvider clock,
    IOptions<ScheduleOptions> schedule, SessionMinutes minutes)
{
    public const string Workflow = SessionWorkflow.Name;

    public async Task<SessionView> ViewAsync(SessionEntity s, Actor actor, CancellationToken ct)
    {
        var db = unit.Db;
        var agenda = await db.Set<AgendaItemEntity>().AsNoTracking().Where(a => a.SessionId == s.Id).OrderBy(a => a.AddedAt).ThenBy(a => a.CaseId)
            .Select(a => a.CaseId).ToListAsync(ct);
        var options = engine.Options(s, new GuardContext(actor, TriggerInputs.None, clock.GetUtcNow()));
        return new SessionView(s.Id, s.Date, s.State, agenda,
            [.. options.Where(o => o.Allowed).Select(o => new AllowedActionDto(o.Trigger, o.Description, [.. o.Inputs.Select(i => i.ToDto())]))], s.Version)
        {
            Capacity = s.Capacity,
            Minutes = await minutes.ViewAsync(s, ct),
        };
    }

    /// <summary>Schedules a session on <paramref name="date"/>; without a <paramref name="capacity"/> it takes <c>ObiDossier:Schedule:SessionCapacity</c> cases.</summary>
    public async Task<CommandResult<SessionEntity>> CreateAsync(DateOnly? date, Actor actor, CancellationToken ct, int? capacity = null)
    {
        var now = clock.GetUtcNow();
        CommandError? error = date is null ? CommandError.Invalid("A date is required.", [new("date-required", "A date (yyyy-MM-dd) is required.")])
            : capacity is < 1 or > 1000 ? CommandError.Invalid("The capacity is out of range.", [new("capacity-invalid", "A session takes at least 1 and at most 1000 cases.")])
            : date < calendar.Today(now) ? CommandError.Invalid("The date is in the past.", [new("date-in-past", "A session is scheduled for today or later.")])
            : await unit.Db.Set<SessionEntity>().AnyAsync(s => s.Date == date, ct) ? new CommandError(409, "A session on that date exists.", [new("session-exists", "There is already a session on that date.")])
            : null;
        if (error is not null) return await RefuseAsync(actor, "session.create", null, error, ct);

        var definition = engine.Catalog.Latest(Workflow);
        var session = new SessionEntity
        {
            Id = Guid.CreateVersion7(now), Date = date!.Value, WorkflowName = definition.Name, WorkflowVersion = definition.Version,
            State = definition.InitialState, CreatedAt = now, Version = 1, Capacity = capacity ?? schedule.Value.SessionCapacity,
        };
        unit.Db.Add(session);
        unit.Audit(new AuditRecord(actor, "session.create", "session", session.Id.ToString(), null, AuditOutcome.Succeeded, 201,
            ChangedFields: ["date", "state", "capacity"]));
        // The date is unique: a concurrent scheduler of the same day collides on it.
        var exists = new CommandError(409, "A session on that date exists.", [new("session-exists", "There is already a session on that date.")]);
        return await unit.SaveAsync("session", ct, () => Task.FromResult(true)) is null ? session : await RefuseAsync(actor, "session.create", null, exists, ct);
    }

    /// <summary>Fires a session trigger; <c>freeze-agenda</c> also moves the most pressing queued cases onto the agenda (up to the capacity), in the same unit of work.</summary>
    public async Task<CommandResult<SessionEntity>> FireAsync(Guid id, string trigger, Actor actor, CancellationToken ct, bool bySystem = false)
    {
        var result = await workflows.FireAsync(Workflow, id, trigger, TriggerInputs.None, actor, ct, bySystem: bySystem);
        if (result.Error is not null) return result.Error;
        return unit.Db.Set<SessionEntity>().Local.First(s => s.Id == id);
    }

    private Task<CommandError> RefuseAsync(Actor actor, string action, Guid? id, CommandError error, CancellationToken ct) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, "session", id?.ToString(), Workflow: engine.Catalog.Latest(Workflow)), error, ct);
}
