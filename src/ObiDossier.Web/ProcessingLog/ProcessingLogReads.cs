using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Web.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.ProcessingLog;

/// <summary>
/// The processing log and the register of processing activities as <c>GET /processing-log</c>,
/// <c>GET /processing-activities</c> and the auditor's and registry pages read them. Every search
/// of the log is itself audited (<see cref="SearchAudit"/>), a refused one too.
/// </summary>
internal sealed class ProcessingLogReads(ObiDossierDbContext db, AuditWriter audit)
{
    public const int PageSize = 100;

    /// <summary>One page of records matching the filters; at least one filter is required (400 otherwise).</summary>
    public async Task<CommandResult<ProcessingLogPage>> SearchAsync(
        Actor actor, Guid? caseId, string? traceId, string? processingActivityId, string? dataSubjectId, long? cursor, CancellationToken ct)
    {
        var unfiltered = caseId is null && string.IsNullOrEmpty(traceId) && string.IsNullOrEmpty(processingActivityId) && string.IsNullOrEmpty(dataSubjectId);
        await SearchAudit.RecordAsync(db, audit, actor, "processing-log.search", "processing-log", caseId,
            [("caseId", caseId), ("traceId", traceId), ("processingActivityId", processingActivityId), ("dataSubjectId", dataSubjectId), ("cursor", cursor)],
            unfiltered ? 400 : 200, ct);
        if (unfiltered) return Problems.InvalidRequest("Give at least one filter: caseId, traceId, processingActivityId or dataSubjectId.");

        var query = db.Set<ProcessingRecordEntity>().AsNoTracking();
        if (caseId is not null) query = query.Where(r => r.CaseId == caseId);
        if (!string.IsNullOrEmpty(traceId)) query = query.Where(r => r.TraceId == traceId);
        if (!string.IsNullOrEmpty(processingActivityId)) query = query.Where(r => r.ProcessingActivityId == processingActivityId);
        if (!string.IsNullOrEmpty(dataSubjectId)) query = query.Where(r => r.DataSubjectId == dataSubjectId);
        if (cursor is not null) query = query.Where(r => r.Id > cursor);
        var rows = await query.OrderBy(r => r.Id).Take(PageSize + 1).ToListAsync(ct);
        var items = rows.Take(PageSize).Select(r => new ProcessingRecordDto(r.Id, r.TraceId, r.SpanId, r.Name, r.StartTime, r.EndTime, r.StatusCode,
            r.ProcessingActivityId, r.ProcessingActivityVersion, r.LegalBasisCode, r.DataSubjectId, r.DataSubjectType, r.CaseId,
            r.ActorId, r.ActorRole, r.ActorOrganisation, r.Fields)).ToList();
        return new ProcessingLogPage(items, rows.Count > PageSize ? items[^1].Id : null);
    }

    public async Task<List<ProcessingActivityDto>> ActivitiesAsync(CancellationToken ct) =>
        await db.Set<ProcessingActivityEntity>().AsNoTracking().OrderBy(a => a.Id).ThenBy(a => a.Version)
            .Select(a => new ProcessingActivityDto(a.Id, a.Version, a.Name, a.Purpose, a.LegalBasisCode, a.DataCategories, a.Recipients, a.Regime, a.ValidFrom))
            .ToListAsync(ct);
}
