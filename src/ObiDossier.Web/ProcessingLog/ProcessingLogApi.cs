using Microsoft.AspNetCore.Http.HttpResults;
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
    public const int PageSize = ProcessingLogReads.PageSize;

    public static void MapProcessingLog(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/processing-log", ReadAsync).WithTags("Processing log").RequireAuthorization(AuthSetup.Policies.Auditor);
        routes.MapGet("/processing-activities", ActivitiesAsync).WithTags("Processing log").RequireAuthorization(AuthSetup.Policies.AuditorOrAdmin);
    }

    public static async Task<Results<Ok<ProcessingLogPage>, ProblemHttpResult>> ReadAsync(
        Guid? caseId, string? traceId, string? processingActivityId, string? dataSubjectId, long? cursor, ProcessingLogReads reads,
        HttpContext http, CancellationToken ct)
    {
        var page = await reads.SearchAsync(http.User.ToActor(), caseId, traceId, processingActivityId, dataSubjectId, cursor, ct);
        return page.Error is { } error ? error.ToProblem() : TypedResults.Ok(page.Value!);
    }

    public static async Task<Ok<List<ProcessingActivityDto>>> ActivitiesAsync(ProcessingLogReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.ActivitiesAsync(ct));
}
