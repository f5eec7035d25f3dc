using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Audit;

public sealed record AuditActorDto(string Id, string Role, string Organisation, string DisplayName);

public sealed record AuditEntryDto(
    long Id, long? Sequence, DateTime At, AuditActorDto Actor, string Action, string EntityType, string? EntityId, Guid? CaseId,
    string Outcome, int StatusCode, IReadOnlyList<string> Reasons, string? LegalBasisCode, string? Motivation,
    IReadOnlyList<string> ChangedFields, string? TraceId, string Hash, string? ChainHash, long? BlockNumber);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, long? NextCursor);

public sealed record AuditVerifyResponse(bool Valid, long Entries, long? FirstBrokenEntry, string? Reason, long PendingEntries, int CheckpointsVerified);

/// <summary>The audit trail for auditors: search it, and verify it.</summary>
internal static class AuditApi
{
    public const int PageSize = AuditTrailReads.PageSize;

    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/audit").WithTags("Audit").RequireAuthorization(AuthSetup.Policies.Auditor);
        group.MapGet("/", SearchAsync);
        group.MapGet("/verify", VerifyAsync);
        return group;
    }

    /// <summary>The trail, filtered; <paramref name="breakGlass"/> keeps only reads of personal data by IND officers outside the case's team.</summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> SearchAsync(
        Guid? caseId, string? actor, DateTimeOffset? from, DateTimeOffset? to, long? cursor, bool? breakGlass, AuditTrailReads reads,
        HttpContext http, CancellationToken ct)
    {
        var page = await reads.SearchAsync(http.User.ToActor(), caseId, actor, from, to, cursor, breakGlass, ct);
        return page.Error is { } error ? error.ToProblem() : TypedResults.Ok(page.Value!);
    }

    /// <summary>Seals what is pending, then verifies the whole trail and the signed checkpoints.</summary>
    public static async Task<Ok<AuditVerifyResponse>> VerifyAsync(AuditSealer sealer, AuditVerifier verifier, CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        var result = await verifier.VerifyAsync(ct);
        return TypedResults.Ok(new AuditVerifyResponse(result.Valid, result.Entries, result.FirstBrokenEntry, result.Reason, result.PendingEntries, result.CheckpointsVerified));
    }
}
