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
        var (ifMatch, problem) = await ObiRoutes.IfMatchOfEditAsync(http, "report", e => commands.RefuseAsync(actor, ObiReportCommands.UpdateAction, id, e, ct));
        if (problem is not null) return problem;
        var result = await commands.UpdateAsync(id, request, ifMatch, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(await reports.ViewAsync(result.Value, actor, ct));
    }

    public static Task<Results<Ok<ObiActionResponse>, ProblemHttpResult>> FireAsync(
        Guid id, string trigger, HttpContext http, ObiReportCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return ObiRoutes.FireAsync(http, "report", (inputs, ifMatch) => commands.FireAsync(id, trigger, inputs, actor, ifMatch, ct),
            e => commands.RefuseAsync(actor, "obi-report.trigger", id, e, ct), ct);
    }

    public static async Task<Results<Created<FollowUpView>, ProblemHttpResult>> FollowUpAsync(
        Guid id, FollowUpRequest request, ObiReportCommands commands, HttpContext http, CancellationToken ct)
    {
        var result = await commands.AddFollowUpAsync(id, request, http.User.ToActor(), ct);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.Created($"/api/v1/obi/reports/{id}", ObiReportReads.ToView(result.Value!));
    }
}
