using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>The phenomenon report routes under <c>/api/v1/obi/reports</c> (README, "The OBI signal desk").</summary>
internal static class ObiReportsApi
{
    public static RouteGroupBuilder MapObiReports(this RouteGroupBuilder obi)
    {
        var group = obi.MapGroup("/reports").WithTags("OBI reports");
        group.MapPost("/", CreateAsync).RequireAuthorization(ObiPolicies.Analyst);
        group.MapGet("/", ListAsync).RequireAuthorization(ObiPolicies.ReportReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ObiPolicies.ReportReader);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(ObiPolicies.Analyst);
        group.MapPost("/{id:guid}/actions/{trigger}", FireAsync).RequireAuthorization(ObiPolicies.ReportActor);
        group.MapPost("/{id:guid}/follow-ups", FollowUpAsync).RequireAuthorization(ObiPolicies.Partner);
        return group;
    }

    public static async Task<Results<Created<ReportView>, ProblemHttpResult>> CreateAsync(
        CreateReportRequest request, ObiReportCommands commands, ObiReportReads reports, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await commands.CreateAsync(request, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        var view = await reports.ViewAsync(result.Value!, actor, ct);
        http.Response.Headers.ETag = ETags.Of(view.Version);
        return TypedResults.Created($"/api/v1/obi/reports/{view.Id}", view);
    }

    public static async Task<Results<Ok<ReportListPage>, ProblemHttpResult>> ListAsync(
        string? state, string? cursor, ObiReportReads reports, HttpContext http, CancellationToken ct)
    {
        var page = await reports.PageAsync(http.User.ToActor(), state, cursor, ct);
        return page is null ? Problems.BadRequest("The cursor is not valid: use the nextCursor of a previous page.") : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ReportView>, ProblemHttpResult>> GetAsync(Guid id, ObiReportReads reports, HttpContext http, CancellationToken ct)
    {
        var view = await reports.FindViewAsync(id, http.User.ToActor(), ct);
        if (view is null) return Problems.NotFound("Report");
        http.Response.Headers.ETag = ETags.Of(view.Version);
        return TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<ReportView>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateReportRequest request, ObiReportCommands commands, ObiReportReads reports, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        if (string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch))
            return (await commands.RefuseAsync(actor, ObiReportCommands.UpdateAction, id, ObiSignalsApi.IfMatchRequired("report"), ct)).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var ifMatch)) return Problems.BadRequest("If-Match must be an ETag of this report.");
        var result = await commands.UpdateAsync(id, request, ifMatch, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(await reports.ViewAsync(result.Value, actor, ct));
    }

    public static async Task<Results<Ok<ObiActionResponse>, ProblemHttpResult>> FireAsync(
        Guid id, string trigger, HttpContext http, ObiReportCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var body = await RequestBody.ReadObjectAsync(http.Request, ct);
        if (body.Error is not null)
            return (await commands.RefuseAsync(actor, "obi-report.trigger", id, CommandError.Invalid(body.Error, [new("malformed-body", body.Error)]), ct)).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var ifMatch)) return Problems.BadRequest("If-Match must be an ETag of this report.");
        var result = await commands.FireAsync(id, trigger, TriggerInputs.From(body.Value), actor, ifMatch, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<Created<FollowUpView>, ProblemHttpResult>> FollowUpAsync(
        Guid id, FollowUpRequest request, ObiReportCommands commands, HttpContext http, CancellationToken ct)
    {
        var result = await commands.AddFollowUpAsync(id, request, http.User.ToActor(), ct);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.Created($"/api/v1/obi/reports/{id}", ObiReportReads.ToView(result.Value!));
    }
}
