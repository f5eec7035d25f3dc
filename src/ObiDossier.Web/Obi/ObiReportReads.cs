using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>
/// The phenomenon reports a caller may see (<see cref="ObiVisibility"/>), for the API and the
/// pages alike: analysts and coordinators every report, partners distributed ones; anything
/// else is not found (404). Figures are computed from the bundled signals until approval froze them.
/// </summary>
internal sealed class ObiReportReads(ObiDossierDbContext db, WorkflowEngine engine, IOptions<ObiOptions> options, LegalCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;

    private static readonly string[] PartnerStates = [.. ObiReportWorkflow.States.VisibleToPartners];

    /// <summary>The report, or null when it does not exist or <paramref name="actor"/> may not see it.</summary>
    public async Task<ObiReportEntity?> FindAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var r = await db.Set<ObiReportEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return r is not null && ObiVisibility.CanSeeReport(actor, r) ? r : null;
    }

    /// <summary>The view of a report <paramref name="actor"/> may see: figures, analysis, follow-ups and the actions allowed now.</summary>
    public async Task<ReportView> ViewAsync(ObiReportEntity r, Actor actor, CancellationToken ct)
    {
        if (!ObiVisibility.CanSeeReport(actor, r)) throw new InvalidOperationException("The caller may not see this report.");
        var now = clock.GetUtcNow();
        var aggregate = await ObiReportStore.CompleteAsync(r, db, options.Value.MinimumCellCount, ct, tracked: false);
        var figures = aggregate.Figures();
        var (allowed, blocked) = ObiActions.Of(engine, aggregate, actor, now, calendar.Today(now));
        var followUps = await db.Set<ObiFollowUpEntity>().AsNoTracking().Where(f => f.ReportId == r.Id).OrderBy(f => f.RecordedAt).ToListAsync(ct);
        return new ReportView(r.Id, r.Reference, r.State, r.PeriodFrom, r.PeriodTo, figures.Total.Count, figures.Cells, figures.MinimumCellCount,
            r.Analysis, [.. followUps.Select(ToView)], allowed, blocked, r.PreviousReportId, r.DraftedById, r.ApprovedById,
            r.CreatedAt, r.UpdatedAt, r.ApprovedAt, r.DistributedAt, r.Version)
        {
            AnalysisFindings = actor.Role == ObiRoles.Partner ? null : r.AnalysisFindings,
        };
    }

    /// <summary>The view, or null when there is no report <paramref name="id"/> that <paramref name="actor"/> may see.</summary>
    public async Task<ReportView?> FindViewAsync(Guid id, Actor actor, CancellationToken ct) =>
        await FindAsync(id, actor, ct) is { } r ? await ViewAsync(r, actor, ct) : null;

    /// <summary>One page of <c>GET /obi/reports</c>, newest first; null when the cursor is not one of ours.</summary>
    public async Task<ReportListPage?> PageAsync(Actor actor, string? state, string? cursor, CancellationToken ct)
    {
        var query = VisibleTo(db.Set<ObiReportEntity>().AsNoTracking(), actor);
        if (!string.IsNullOrEmpty(state)) query = query.Where(r => r.State == state);
        if (cursor is not null)
        {
            if (!Cursor.TryParse(cursor, out var at, out var reference)) return null;
            query = query.Where(r => r.CreatedAt <= at)
                .Where(r => r.CreatedAt < at || (r.CreatedAt == at && string.Compare(r.Reference, reference) < 0));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Reference).Take(PageSize + 1)
            .Select(r => new ReportListItem(r.Id, r.Reference, r.State, r.PeriodFrom, r.PeriodTo, r.CreatedAt, r.UpdatedAt))
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Of(rows[PageSize - 1].CreatedAt, rows[PageSize - 1].Reference) : null;
        return new ReportListPage([.. rows.Take(PageSize)], next);
    }

    public static FollowUpView ToView(ObiFollowUpEntity f) => new(f.Id, f.Kind, f.Description, f.Organisation, f.RecordedById, f.RecordedAt);

    /// <summary><see cref="ObiVisibility.CanSeeReport"/> as a query.</summary>
    private static IQueryable<ObiReportEntity> VisibleTo(IQueryable<ObiReportEntity> reports, Actor actor)
    {
        if (!ObiOrganisations.MayHold(actor.Role, actor.Organisation)) return reports.Where(_ => false);
        return actor.Role switch
        {
            ObiRoles.Analyst or ObiRoles.Coordinator => reports,
            ObiRoles.Partner => reports.Where(r => PartnerStates.Contains(r.State)),
            _ => reports.Where(_ => false),
        };
    }
}
