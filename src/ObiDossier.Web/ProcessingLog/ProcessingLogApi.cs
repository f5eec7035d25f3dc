using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Audit;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.ProcessingLog;

public sealed record ProcessingRecordDto(
    long Id, string TraceId, string SpanId, string Name, DateTimeOffset StartTime, DateTimeOffset EndTime, string StatusCode,
    string ProcessingActivityId, int ProcessingActivityVersion, string LegalBasisCode, string DataSubjectId, string DataSubjectType,
    Guid CaseId, string ActorId, string ActorRole, string ActorOrganisation, IReadOnlyList<string> Fields);

public sealed record ProcessingLogPage(IReadOnlyList<ProcessingRecordDto> Items, long? NextCursor);

public sealed record ProcessingActivityDto(
    string Id, int Version, string Name, string Purpose, string LegalBasisCode, IReadOnlyList<string> DataCategories,
    IReadOnlyList<string> Recipients, string Regime, DateTimeOffset ValidFrom);

/// <summary>The processing log and the register of processing activities (auditors; the register also for admins).</summary>
internal static class ProcessingLogApi
{
    public const int PageSize = 100;

    public static void MapProcessingLog(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/processing-log", ReadAsync).WithTags("Processing log").RequireAuthorization(AuthSetup.Policies.Auditor);
        routes.MapGet("/processing-activities", ActivitiesAsync).WithTags("Processing log").RequireAuthorization(AuthSetup.Policies.AuditorOrAdmin);
    }

    public static async Task<Results<Ok<ProcessingLogPage>, ProblemHttpResult>> ReadAsync(
        Guid? caseId, string? traceId, string? processingActivityId, string? dataSubjectId, long? cursor, ObiDossierDbContext db,
        AuditWriter audit, HttpContext http, CancellationToken ct)
    {
        var unfiltered = caseId is null && string.IsNullOrEmpty(traceId) && string.IsNullOrEmpty(processingActivityId) && string.IsNullOrEmpty(dataSubjectId);
        await SearchAudit.RecordAsync(db, audit, http.User.ToActor(), "processing-log.search", "processing-log", caseId,
            [("caseId", caseId), ("traceId", traceId), ("processingActivityId", processingActivityId), ("dataSubjectId", dataSubjectId), ("cursor", cursor)],
            unfiltered ? 400 : 200, ct);
        if (unfiltered)
            return Problems.BadRequest("Give at least one filter: caseId, traceId, processingActivityId or dataSubjectId.");

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
        return TypedResults.Ok(new ProcessingLogPage(items, rows.Count > PageSize ? items[^1].Id : null));
    }

    public static async Task<Ok<List<ProcessingActivityDto>>> ActivitiesAsync(ObiDossierDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Set<ProcessingActivityEntity>().AsNoTracking().OrderBy(a => a.Id).ThenBy(a => a.Version)
            .Select(a => new ProcessingActivityDto(a.Id, a.Version, a.Name, a.Purpose, a.LegalBasisCode, a.DataCategories, a.Recipients, a.Regime, a.ValidFrom))
            .ToListAsync(ct));
}
