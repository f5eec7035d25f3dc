using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.LegalBases;

/// <summary>
/// The legal-basis registry: everyone reads it; an admin proposes a change (202, pending) and a
/// legal reviewer confirms or rejects it (<see cref="LegalBasisChanges"/>).
/// </summary>
internal static class LegalBasesApi
{
    public static RouteGroupBuilder MapLegalBases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/legal-bases").WithTags("Legal bases");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapGet("/changes", ChangesAsync).RequireAuthorization(AuthSetup.Policies.RegistryReader);
        group.MapGet("/{code}", DetailAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPut("/{code}", UpdateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPost("/{code}/changes/{changeId:guid}/actions/confirm", ConfirmAsync).RequireAuthorization(AuthSetup.Policies.LegalReviewer);
        group.MapPost("/{code}/changes/{changeId:guid}/actions/reject", RejectAsync).RequireAuthorization(AuthSetup.Policies.LegalReviewer);
        return group;
    }

    public static async Task<Ok<List<LegalBasisDto>>> ListAsync(LegalBasisReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.ListAsync(ct));

    /// <summary>A basis with every confirmed version (and, for the registry's keepers, its changes); the ETag is its version.</summary>
    public static async Task<Results<Ok<LegalBasisDetail>, ProblemHttpResult>> DetailAsync(string code, LegalBasisReads reads, HttpContext http, CancellationToken ct)
    {
        var detail = await reads.DetailAsync(code, http.User.ToActor(), ct);
        if (detail is null) return Problems.NotFound("Legal basis");
        http.Response.Headers.ETag = ETags.Of(detail.Basis.Version);
        return TypedResults.Ok(detail);
    }

    /// <summary>The changes, pending first (or only those of <paramref name="status"/>: pending, confirmed, rejected).</summary>
    public static async Task<Results<Ok<List<LegalBasisChangeDto>>, ProblemHttpResult>> ChangesAsync(string? status, LegalBasisReads reads, CancellationToken ct)
    {
        LegalBasisChangeStatus? only = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<LegalBasisChangeStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return Problems.BadRequest("status: pending, confirmed or rejected.");
            only = s;
        }
        return TypedResults.Ok(await reads.ChangesAsync(only, LegalBasisReads.ChangesLimit, ct));
    }

    /// <summary>An admin proposes a new basis: 202 with the pending change; nothing is registered before a legal reviewer confirms.</summary>
    public static async Task<Results<Accepted<LegalBasisChangeDto>, ProblemHttpResult>> CreateAsync(
        CreateLegalBasisRequest request, LegalBasisChanges changes, HttpContext http, CancellationToken ct)
    {
        var result = await changes.ProposeAsync(LegalBasisChangeKinds.Create, request.Code ?? "", request, null, http.User.ToActor(), ct);
        return result.Error is not null ? result.Error.ToProblem() : TypedResults.Accepted($"/api/v1/legal-bases/{result.Value!.Code}", result.Value);
    }

    /// <summary>An admin proposes new values for a basis (If-Match: its ETag, required); the code is the basis's identity and does not change.</summary>
    public static async Task<Results<Accepted<LegalBasisChangeDto>, ProblemHttpResult>> UpdateAsync(
        string code, CreateLegalBasisRequest request, LegalBasisChanges changes, HttpContext http, CancellationToken ct)
    {
        if (request.Code is not null && request.Code != code)
            return Problems.BadRequest("The code of a legal basis cannot change.");
        if (string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch))
            return new CommandError(StatusCodes.Status428PreconditionRequired, "If-Match is required: send the basis's ETag (GET /legal-bases/{code}).",
                [new("if-match-required", "If-Match: the ETag of the version the change is proposed on.")]).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var version)) return Problems.BadRequest("If-Match must be an ETag of this legal basis.");
        var result = await changes.ProposeAsync(LegalBasisChangeKinds.Update, code, request, version is null ? null : (int)Math.Min(version.Value, int.MaxValue),
            http.User.ToActor(), ct);
        return result.Error is not null ? result.Error.ToProblem() : TypedResults.Accepted($"/api/v1/legal-bases/{code}", result.Value);
    }

    public static Task<Results<Ok<LegalBasisChangeDto>, ProblemHttpResult>> ConfirmAsync(
        string code, Guid changeId, LegalBasisChanges changes, HttpContext http, CancellationToken ct) =>
        DecideAsync(code, changeId, confirm: true, changes, http, ct);

    public static Task<Results<Ok<LegalBasisChangeDto>, ProblemHttpResult>> RejectAsync(
        string code, Guid changeId, LegalBasisChanges changes, HttpContext http, CancellationToken ct) =>
        DecideAsync(code, changeId, confirm: false, changes, http, ct);

    private static async Task<Results<Ok<LegalBasisChangeDto>, ProblemHttpResult>> DecideAsync(
        string code, Guid changeId, bool confirm, LegalBasisChanges changes, HttpContext http, CancellationToken ct)
    {
        var body = await RequestBody.ReadObjectAsync(http.Request, ct);
        if (body.Error is not null) return Problems.BadRequest(body.Error);
        string? motivation = null;
        if (body.Value is { } json && json.TryGetProperty("motivation", out var m))
        {
            if (m.ValueKind is not (System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null)) return Problems.BadRequest("motivation must be text.");
            motivation = m.ValueKind == System.Text.Json.JsonValueKind.String ? m.GetString() : null;
        }
        var result = await changes.DecideAsync(code, changeId, confirm, motivation, http.User.ToActor(), ct);
        return result.Error is not null ? result.Error.ToProblem() : TypedResults.Ok(result.Value!);
    }
}
