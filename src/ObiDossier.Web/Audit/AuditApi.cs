using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
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
    public const int PageSize = 100;

    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/audit").WithTags("Audit").RequireAuthorization(AuthSetup.Policies.Auditor);
        group.MapGet("/", SearchAsync);
        group.MapGet("/verify", VerifyAsync);
        return group;
    }

    /// <summary>The trail, filtered; <paramref name="breakGlass"/> keeps only reads of personal data by IND officers outside the case's team.</summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> SearchAsync(
        Guid? caseId, string? actor, DateTimeOffset? from, DateTimeOffset? to, long? cursor, bool? breakGlass, ObiDossierDbContext db, CaseTexts texts,
        AuditWriter audit, HttpContext http, CancellationToken ct)
    {
        var invalid = from is not null && to is not null && to < from;
        await SearchAudit.RecordAsync(db, audit, http.User.ToActor(), "audit.search", "audit-trail", caseId,
            [("caseId", caseId), ("actor", actor), ("from", from), ("to", to), ("cursor", cursor), ("breakGlass", breakGlass)], invalid ? 400 : 200, ct);
        if (invalid) return Problems.BadRequest("'to' lies before 'from'.");
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (breakGlass == true) query = query.Where(e => e.Action == PersonalDataReader.BreakGlassAction);
        if (caseId is not null) query = query.Where(e => e.CaseId == caseId);
        if (!string.IsNullOrEmpty(actor)) query = query.Where(e => e.ActorId == actor);
        if (from is not null) { var f = from.Value.UtcDateTime; query = query.Where(e => e.At >= f); }
        if (to is not null) { var t = to.Value.UtcDateTime; query = query.Where(e => e.At <= t); }
        if (cursor is not null) query = query.Where(e => e.Id > cursor);
        var rows = await query.OrderBy(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        // A motivation is sealed under its case's data key (CaseTexts): the auditor reads it until retention ends.
        var items = rows.Take(PageSize).Select(e => ToDto(e) with { Motivation = e.CaseId is { } id ? texts.Open(id, e.Motivation) : e.Motivation }).ToList();
        return TypedResults.Ok(new AuditPage(items, rows.Count > PageSize ? items[^1].Id : null));
    }

    /// <summary>Seals what is pending, then verifies the whole trail and the signed checkpoints.</summary>
    public static async Task<Ok<AuditVerifyResponse>> VerifyAsync(AuditSealer sealer, AuditVerifier verifier, CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        var result = await verifier.VerifyAsync(ct);
        return TypedResults.Ok(new AuditVerifyResponse(result.Valid, result.Entries, result.FirstBrokenEntry, result.Reason, result.PendingEntries, result.CheckpointsVerified));
    }

    private static AuditEntryDto ToDto(AuditEntry e) => new(
        e.Id, e.Sequence, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), new AuditActorDto(e.ActorId, e.ActorRole, e.ActorOrganisation, e.ActorDisplayName),
        e.Action, e.EntityType, e.EntityId, e.CaseId, e.Outcome == AuditOutcome.Succeeded ? "succeeded" : "refused", e.StatusCode,
        AuditWriter.ParseList(e.Reasons), e.LegalBasisCode, e.Motivation, AuditWriter.ParseList(e.ChangedFields), e.TraceId,
        Convert.ToHexStringLower(e.EntryHash), e.ChainHash is null ? null : Convert.ToHexStringLower(e.ChainHash), e.BlockNumber);
}
