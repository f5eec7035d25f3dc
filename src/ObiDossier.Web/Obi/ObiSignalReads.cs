using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>
/// The signals a caller may see (<see cref="ObiVisibility"/>), read for the API and the pages
/// alike: a signal the caller may not see is not found (404), on a route and on a page. Never
/// reads the reporter (that is <see cref="ObiSignalCommands.ReadReporterAsync"/>, audited).
/// </summary>
internal sealed class ObiSignalReads(ObiDossierDbContext db, WorkflowEngine engine, CaseTexts texts, LegalCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;

    private static readonly string[] AnalystStates = [.. ObiSignalWorkflow.States.VisibleToAnalysts];

    /// <summary>The signal, or null when it does not exist or <paramref name="actor"/> may not see it.</summary>
    public async Task<ObiSignalEntity?> FindAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var s = await db.Set<ObiSignalEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is not null && ObiVisibility.CanSeeSignal(actor, s) ? s : null;
    }

    /// <summary>The view of a signal <paramref name="actor"/> may see, with the actions the engine allows them now.</summary>
    public async Task<SignalView> ViewAsync(ObiSignalEntity s, Actor actor, CancellationToken ct)
    {
        if (!ObiVisibility.CanSeeSignal(actor, s)) throw new InvalidOperationException("The caller may not see this signal.");
        var now = clock.GetUtcNow();
        var (allowed, blocked) = ObiActions.Of(engine, new ObiSignal(s), actor, now, calendar.Today(now));
        var intake = actor.Role == ObiRoles.Intake;
        string? motivation = null;
        if (intake && s.SubmitOverrideMotivation is not null)
        {
            await db.Set<Infrastructure.Vault.VaultEntry>().FindAsync([s.Id], ct);
            motivation = texts.Open(s.Id, s.SubmitOverrideMotivation);
        }
        return new SignalView(s.Id, s.Reference, s.State, s.IntakeOrganisation, s.ToAnonymised(), allowed, blocked,
            s.CreatedAt, s.UpdatedAt, s.SharedAt, s.ReportId, s.Version)
        {
            AnonymisationFindings = intake ? s.Findings : null,
            SubmitOverrideMotivation = motivation,
            ReporterShredded = intake ? s.ReporterShreddedAt is not null : null,
        };
    }

    /// <summary>The view, or null when there is no signal <paramref name="id"/> that <paramref name="actor"/> may see.</summary>
    public async Task<SignalView?> FindViewAsync(Guid id, Actor actor, CancellationToken ct) =>
        await FindAsync(id, actor, ct) is { } s ? await ViewAsync(s, actor, ct) : null;

    /// <summary>One page of <c>GET /obi/signals</c>, newest first; null when the cursor is not one of ours.</summary>
    public async Task<SignalListPage?> PageAsync(Actor actor, string? state, string? cursor, CancellationToken ct)
    {
        var query = VisibleTo(db.Set<ObiSignalEntity>().AsNoTracking(), actor);
        if (!string.IsNullOrEmpty(state)) query = query.Where(s => s.State == state);
        if (cursor is not null)
        {
            if (!Cursor.TryParse(cursor, out var at, out var reference)) return null;
            query = query.Where(s => s.CreatedAt <= at)
                .Where(s => s.CreatedAt < at || (s.CreatedAt == at && string.Compare(s.Reference, reference) < 0));
        }
        var rows = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Reference).Take(PageSize + 1)
            .Select(s => new SignalListItem(s.Id, s.Reference, s.State, s.IntakeOrganisation, s.StateActor, s.Conduct, s.Period, s.Region, s.CreatedAt, s.UpdatedAt))
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Of(rows[PageSize - 1].CreatedAt, rows[PageSize - 1].Reference) : null;
        return new SignalListPage([.. rows.Take(PageSize)], next);
    }

    /// <summary>How many of the signals the caller may see are in <paramref name="state"/> (a review queue's badge).</summary>
    public Task<int> CountInStateAsync(string state, Actor actor, CancellationToken ct) =>
        VisibleTo(db.Set<ObiSignalEntity>().AsNoTracking(), actor).CountAsync(s => s.State == state, ct);

    /// <summary><see cref="ObiVisibility.CanSeeSignal"/> as a query.</summary>
    private static IQueryable<ObiSignalEntity> VisibleTo(IQueryable<ObiSignalEntity> signals, Actor actor)
    {
        if (!ObiOrganisations.MayHold(actor.Role, actor.Organisation)) return signals.Where(_ => false);
        var organisation = actor.Organisation;
        return actor.Role switch
        {
            ObiRoles.Intake => signals.Where(s => s.IntakeOrganisation == organisation),
            ObiRoles.Analyst => signals.Where(s => AnalystStates.Contains(s.State)),
            _ => signals.Where(_ => false),
        };
    }
}

/// <summary>The triggers a caller may fire on a desk aggregate now, and those of their role that are blocked, with why.</summary>
internal static class ObiActions
{
    public static (IReadOnlyList<AllowedActionDto> Allowed, IReadOnlyList<BlockedActionDto> Blocked) Of(
        WorkflowEngine engine, IWorkflowInstance aggregate, Actor actor, DateTimeOffset now, DateOnly today)
    {
        var options = engine.Options(aggregate, new GuardContext(actor, TriggerInputs.None, now, aggregate) { Today = today });
        return (
            [.. options.Where(o => o.Allowed).Select(o => new AllowedActionDto(o.Trigger, o.Description, [.. o.Inputs.Select(i => i.ToDto())]))],
            [.. options.Where(o => !o.Allowed).Select(o => new BlockedActionDto(o.Trigger, o.Description,
                [.. o.UnmetConditions.Select(u => new UnmetConditionDto(u.Code, u.Message) { Arguments = u.Arguments })]))]);
    }
}
