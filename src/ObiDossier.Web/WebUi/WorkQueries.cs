using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.WebUi;

/// <summary>A case that waits for the signed-in user, with what they can do now.</summary>
internal sealed record WorkItem(Guid Id, string Reference, string Title, string State, IReadOnlyList<string> Triggers, DateTimeOffset UpdatedAt);

/// <summary>A queued case an agenda left off, with why (<see cref="WaitingReasons"/>): IND's to know, not to act on.</summary>
internal sealed record WaitingItem(Guid Id, string Reference, string Title, string Priority, string Reason);

/// <summary>A session that waits for the signed-in user (an admin's next step).</summary>
internal sealed record SessionWorkItem(Guid Id, DateOnly Date, string State, IReadOnlyList<string> Triggers);

/// <summary>
/// "Mijn werk": what needs this user now is exactly what the workflow lets them do now. Only
/// cases in states where the role has a transition are asked, newest first, so the page stays
/// cheap on a large table.
/// </summary>
internal sealed class WorkQueries(ObiDossierDbContext db, WorkflowEngine engine, CaseViews views, SessionCommands sessions)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<WorkItem>> CasesAsync(Actor actor, CancellationToken ct)
    {
        var definition = engine.Catalog.Latest(CaseWorkflow.Name);
        var states = definition.Transitions.Where(t => t.Roles.Contains(actor.Role)).SelectMany(t => t.From).Distinct().ToList();
        if (states.Count == 0) return [];
        var candidates = await db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor).Where(c => states.Contains(c.State))
            .OrderByDescending(c => c.UpdatedAt).Take(Limit).ToListAsync(ct);
        var items = new List<WorkItem>();
        foreach (var c in candidates)
        {
            var (allowed, _) = await views.ActionsAsync(c, actor, ct);
            // Withdrawing is possible almost everywhere; it is not work that waits.
            var triggers = allowed.Select(a => a.Trigger).Where(t => t != CaseWorkflow.Triggers.Withdraw).ToList();
            if (triggers.Count > 0) items.Add(new WorkItem(c.Id, c.Reference, c.Summary.Title, c.State, triggers, c.UpdatedAt));
        }
        return items;
    }

    /// <summary>
    /// For IND officers: the queued cases a frozen agenda left waiting, most pressing first, each
    /// with its reason, so that a case that missed a full session does not look forgotten.
    /// </summary>
    public async Task<IReadOnlyList<WaitingItem>> WaitingAsync(Actor actor, CancellationToken ct)
    {
        if (actor.Role != Roles.IndOfficer) return [];
        var queued = await db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor).Where(c => c.State == CaseWorkflow.States.Queued)
            .OrderByDescending(c => c.UpdatedAt).Take(Limit).ToListAsync(ct);
        var reasons = await views.WaitingReasonsAsync(queued, ct);
        return [.. queued.Where(c => reasons.ContainsKey(c.Id)).OrderBy(c => CasePriorities.Rank(c.Priority))
            .Select(c => new WaitingItem(c.Id, c.Reference, c.Summary.Title, c.Priority, reasons[c.Id]))];
    }

    public async Task<IReadOnlyList<SessionWorkItem>> SessionsAsync(Actor actor, CancellationToken ct)
    {
        if (actor.Role != Roles.Admin) return [];
        var open = await db.Set<SessionEntity>().AsNoTracking().Where(s => s.State != SessionWorkflow.States.Held).OrderBy(s => s.Date).Take(Limit).ToListAsync(ct);
        var items = new List<SessionWorkItem>();
        foreach (var s in open)
        {
            var view = await sessions.ViewAsync(s, actor, ct);
            if (view.AllowedActions.Count > 0) items.Add(new SessionWorkItem(s.Id, s.Date, s.State, [.. view.AllowedActions.Select(a => a.Trigger)]));
        }
        return items;
    }
}
