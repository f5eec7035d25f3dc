using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;

namespace ObiDossier.Web.Sessions;

/// <summary><c>PUT /sessions/{id}/minutes</c>: who attended (organisations) and the decisions as text.</summary>
public sealed record MinutesRequest(IReadOnlyList<string>? Attendance, string? Decisions);

/// <summary>
/// The minutes of a session as IND and OM read them: attendance, decisions, and the outcome of
/// every agenda item — derived from the triggers fired on the case since it went on this agenda,
/// never typed, so the minutes cannot disagree with the history.
/// </summary>
public sealed record MinutesView(IReadOnlyList<string> Attendance, string Decisions, string RecordedById, DateTimeOffset RecordedAt,
    IReadOnlyList<AgendaItemOutcome> Items);

/// <summary>One agenda item: its case, the first decision taken on it at this table (<c>pending</c> while none), every trigger fired since, and its state now.</summary>
public sealed record AgendaItemOutcome(Guid CaseId, string Reference, string Outcome, IReadOnlyList<string> Triggers, string State);

/// <summary>
/// Recording and reading a session's minutes. Recording is a command like every other: refused
/// with problem details and audited through the <see cref="UnitOfWork"/>, saved once. The
/// decisions are read by both organisations, so they are normalised and scanned like every such
/// text; a finding refuses them (422, the scan guard's codes).
/// </summary>
internal sealed class SessionMinutes(UnitOfWork unit, AnonymisationScanner scanner, TimeProvider clock)
{
    public const string Action = "session.minutes";
    public const string Pending = "pending";

    public async Task<CommandResult<SessionEntity>> RecordAsync(Guid id, MinutesRequest request, Actor actor, CancellationToken ct)
    {
        var db = unit.Db;
        var session = await db.Set<SessionEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return await RefuseAsync(actor, id, CommandError.NotFound("Session"), ct);

        var attendance = (request.Attendance ?? []).Distinct(StringComparer.Ordinal).ToList();
        var decisions = TextNormaliser.ForStorage(request.Decisions ?? "").Trim();
        var invalid = new List<UnmetCondition>();
        if (attendance.Count == 0 || attendance.Any(o => !Organisations.All.Contains(o)))
            invalid.Add(new("attendance-invalid", $"Attendance lists the organisations present, from {string.Join(", ", Organisations.All.Order(StringComparer.Ordinal))}."));
        if (decisions.Length > SessionMinutesEntity.DecisionsMaxLength)
            invalid.Add(new("decisions-too-long", $"The decisions are at most {SessionMinutesEntity.DecisionsMaxLength} characters."));
        if (invalid.Count > 0) return await RefuseAsync(actor, id, CommandError.Invalid("The minutes are invalid.", invalid), ct);

        if (session.State is not (SessionWorkflow.States.InSession or SessionWorkflow.States.Held))
        {
            return await RefuseAsync(actor, id, new CommandError(StatusCodes.Status409Conflict, "Minutes are recorded once the session is in session or held.",
                [new("session-not-held", "Minutes are recorded while the session is in session or after it was held.")]), ct);
        }

        var findings = scanner.Scan(decisions).Select(f => f.In("decisions")).ToList();
        if (findings.Count > 0)
        {
            return await RefuseAsync(actor, id, new CommandError(StatusCodes.Status422UnprocessableEntity, "The decisions may identify someone.",
                [.. findings.Select(f => new UnmetCondition("anonymisation-finding",
                    $"Possible identifier ({f.Kind}) in 'decisions' at position {f.Start}, length {f.Length}. Remove it: both organisations read the minutes."))]), ct);
        }

        var now = clock.GetUtcNow();
        var minutes = await db.Set<SessionMinutesEntity>().FirstOrDefaultAsync(m => m.SessionId == id, ct);
        if (minutes is null)
        {
            minutes = new SessionMinutesEntity { SessionId = id, RecordedById = actor.Id };
            db.Add(minutes);
        }
        minutes.Attendance = attendance;
        minutes.Decisions = decisions;
        minutes.RecordedById = actor.Id;
        minutes.RecordedAt = now;
        minutes.Version++;
        session.Version++;
        unit.Audit(new AuditRecord(actor, Action, "session", id.ToString(), null, AuditOutcome.Succeeded, StatusCodes.Status200OK,
            ChangedFields: ["attendance", "decisions"]));
        var lost = await unit.SaveAsync("session", ct, () => Task.FromResult(true));
        return lost is null ? session : await RefuseAsync(actor, id, lost, ct);
    }

    /// <summary>The minutes of <paramref name="session"/>; null while none were recorded.</summary>
    public async Task<MinutesView?> ViewAsync(SessionEntity session, CancellationToken ct)
    {
        var db = unit.Db;
        var minutes = await db.Set<SessionMinutesEntity>().AsNoTracking().FirstOrDefaultAsync(m => m.SessionId == session.Id, ct);
        if (minutes is null) return null;
        return new MinutesView(minutes.Attendance, minutes.Decisions, minutes.RecordedById, minutes.RecordedAt, await OutcomesAsync(session.Id, ct));
    }

    /// <summary>
    /// Each agenda item's outcome from the case's history: the steps after the one that put it on
    /// this agenda, up to the next agenda; the first of them is what the table decided.
    /// </summary>
    public async Task<IReadOnlyList<AgendaItemOutcome>> OutcomesAsync(Guid sessionId, CancellationToken ct)
    {
        var db = unit.Db;
        var agenda = await db.Set<AgendaItemEntity>().AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => a.CaseId).ToListAsync(ct);
        var cases = await db.Set<CaseEntity>().AsNoTracking().Where(c => agenda.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.State }).ToListAsync(ct);
        var steps = (await db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => agenda.Contains(t.CaseId))
            .Select(t => new { t.CaseId, t.Id, t.Trigger, t.SessionId }).ToListAsync(ct)).OrderBy(t => t.Id).ToList();
        var items = new List<AgendaItemOutcome>();
        foreach (var c in cases.OrderBy(c => c.Reference, StringComparer.Ordinal))
        {
            var own = steps.Where(t => t.CaseId == c.Id).ToList();
            var start = own.FindIndex(t => t.Trigger == CaseWorkflow.Triggers.AgendaFrozen && t.SessionId == sessionId);
            var after = own.Skip(start + 1).TakeWhile(t => t.Trigger != CaseWorkflow.Triggers.AgendaFrozen).Select(t => t.Trigger).ToList();
            items.Add(new AgendaItemOutcome(c.Id, c.Reference, after.FirstOrDefault() ?? Pending, after, c.State));
        }
        return items;
    }

    private Task<CommandError> RefuseAsync(Actor actor, Guid id, CommandError error, CancellationToken ct) =>
        unit.RefuseAsync(new RefusalRecord(actor, Action, "session", id.ToString()), error, ct);
}
