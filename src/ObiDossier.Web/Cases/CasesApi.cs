using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.FormalReports;
using ObiDossier.Web.Hosting;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>The case routes under <c>/api/v1/cases</c> (README, "Walking the path with curl"; all in the OpenAPI document).</summary>
internal static class CasesApi
{
    public const int PageSize = CaseList.PageSize;

    public static RouteGroupBuilder MapCases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/cases").WithTags("Cases");
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthSetup.Policies.IndOfficer);
        group.MapGet("/", ListAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthSetup.Policies.OneFRole).WithName("GetCase");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AuthSetup.Policies.IndOfficer);
        group.MapPost("/{id:guid}/actions/{trigger}", FireAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapGet("/{id:guid}/history", HistoryAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapPersonalData();
        group.MapFormalReport();
        group.MapCaseTeam();
        return group;
    }

    public static async Task<Results<Created<CaseView>, ProblemHttpResult>> CreateAsync(
        CreateCaseRequest request, CaseCommands commands, CaseViews views, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await commands.CreateAsync(request, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        var view = await views.BuildAsync(result.Value!, actor, ct);
        http.Response.Headers.ETag = ETags.Of(view.Version);
        return TypedResults.Created($"/api/v1/cases/{view.Id}", view);
    }

    public static async Task<Results<Ok<CaseListPage>, ProblemHttpResult>> ListAsync(
        string? state, Guid? sessionId, string? cursor, VisibleCases cases, HttpContext http, CancellationToken ct)
    {
        var page = await cases.PageAsync(http.User.ToActor(), state, sessionId, cursor, ct);
        return page is null ? Problems.BadRequest("The cursor is not valid: use the nextCursor of a previous page.") : TypedResults.Ok(page);
    }

    /// <summary>The case as its audience reads it: <see cref="CaseView"/> for IND, <see cref="OmCaseView"/> for OM.</summary>
    public static async Task<Results<Ok<CaseView>, Ok<OmCaseView>, ProblemHttpResult>> GetAsync(
        Guid id, VisibleCases cases, CaseViews views, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var c = await cases.FindAsync(id, actor, ct);
        if (c is null) return Problems.NotFound("Case");
        http.Response.Headers.ETag = ETags.Of(c.Version);
        return actor.IsOm() ? TypedResults.Ok(await views.BuildForOmAsync(c, actor, ct)) : TypedResults.Ok(await views.BuildAsync(c, actor, ct));
    }

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateCaseRequest request, CaseCommands commands, CaseViews views, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        // An edit without If-Match would silently overwrite a colleague's edit (a lost update).
        if (string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch))
            return (await commands.RefuseAsync(actor, "case.update", id, new CommandError(StatusCodes.Status428PreconditionRequired,
                "If-Match is required: send the case's ETag.", [new("if-match-required", "If-Match: the ETag of the case as you read it.")]), ct)).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var ifMatch)) return Problems.BadRequest("If-Match must be an ETag of this case.");
        var result = await commands.UpdateAsync(id, request, ifMatch, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(await views.BuildAsync(result.Value, actor, ct));
    }

    /// <summary>
    /// Fires a trigger. The answer is the new state and version; <c>?include=case</c> adds the whole
    /// anonymised view (with the actions now allowed), which costs a handful of queries more.
    /// </summary>
    public static async Task<Results<Ok<CaseActionResponse>, ProblemHttpResult>> FireAsync(
        Guid id, string trigger, string? include, HttpContext http, CaseCommands commands, CaseViews views, ObiDossierDbContext db, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var body = await RequestBody.ReadObjectAsync(http.Request, ct);
        if (body.Error is not null)
            return (await commands.RefuseAsync(actor, "case.trigger", id, CommandError.Invalid(body.Error, [new("malformed-body", body.Error)]), ct)).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var ifMatch)) return Problems.BadRequest("If-Match must be an ETag of this case.");

        var result = await commands.FireAsync(id, trigger, TriggerInputs.From(body.Value), actor, ifMatch, ct);
        if (result.Error is not null) return result.Error.ToProblem();

        // The command's own tracked (and saved) case: no need to read it again.
        var c = db.Set<CaseEntity>().Local.FirstOrDefault(x => x.Id == id) ?? await db.Set<CaseEntity>().AsNoTracking().FirstAsync(x => x.Id == id, ct);
        http.Response.Headers.ETag = ETags.Of(c.Version);
        var view = include == "case" ? await views.ForAsync(c, actor, ct) : null;
        return TypedResults.Ok(new CaseActionResponse(c.Id, c.State, result.Value!.From, trigger, c.Version, view));
    }

    /// <summary>The steps of a case: with IND's remarks for IND; for OM <see cref="OmHistoryItem"/>s (steps, and OM's own texts only).</summary>
    public static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, Ok<IReadOnlyList<OmHistoryItem>>, ProblemHttpResult>> HistoryAsync(
        Guid id, VisibleCases cases, CaseHistory history, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        if (await cases.FindAsync(id, actor, ct) is null) return Problems.NotFound("Case");
        return actor.IsOm() ? TypedResults.Ok(await history.ForOmAsync(id, ct)) : TypedResults.Ok(await history.ForIndAsync(id, ct));
    }
}
