using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>The signal routes under <c>/api/v1/obi/signals</c> (README, "The OBI signal desk"; all in the OpenAPI document).</summary>
internal static class ObiSignalsApi
{
    public static RouteGroupBuilder MapObiSignals(this RouteGroupBuilder obi)
    {
        var group = obi.MapGroup("/signals").WithTags("OBI signals");
        group.MapPost("/", CreateAsync).RequireAuthorization(ObiPolicies.Intake);
        group.MapGet("/", ListAsync).RequireAuthorization(ObiPolicies.SignalReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ObiPolicies.SignalReader);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(ObiPolicies.Intake);
        group.MapPost("/{id:guid}/actions/{trigger}", FireAsync).RequireAuthorization(ObiPolicies.SignalReader);
        group.MapGet("/{id:guid}/reporter", ReporterAsync).RequireAuthorization(ObiPolicies.SignalReader);
        return group;
    }

    public static async Task<Results<Created<SignalCreated>, ProblemHttpResult>> CreateAsync(
        CreateSignalRequest request, ObiSignalCommands commands, HttpContext http, CancellationToken ct)
    {
        var result = await commands.CreateAsync(request, http.User.ToActor(), ct);
        if (result.Error is not null) return result.Error.ToProblem();
        var s = result.Value!;
        http.Response.Headers.ETag = ETags.Of(s.Version);
        return TypedResults.Created($"/api/v1/obi/signals/{s.Id}", new SignalCreated(s.Id, s.Reference, s.State, s.Version));
    }

    public static async Task<Results<Ok<SignalListPage>, ProblemHttpResult>> ListAsync(
        string? state, string? cursor, ObiSignalReads signals, HttpContext http, CancellationToken ct)
    {
        var page = await signals.PageAsync(http.User.ToActor(), state, cursor, ct);
        return page is null ? Problems.BadRequest("The cursor is not valid: use the nextCursor of a previous page.") : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<SignalView>, ProblemHttpResult>> GetAsync(Guid id, ObiSignalReads signals, HttpContext http, CancellationToken ct)
    {
        var view = await signals.FindViewAsync(id, http.User.ToActor(), ct);
        if (view is null) return Problems.NotFound("Signal");
        http.Response.Headers.ETag = ETags.Of(view.Version);
        return TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<SignalView>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateSignalRequest request, ObiSignalCommands commands, ObiSignalReads signals, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var (ifMatch, problem) = await ObiRoutes.IfMatchOfEditAsync(http, "signal", e => commands.RefuseAsync(actor, ObiSignalCommands.UpdateAction, id, e, ct));
        if (problem is not null) return problem;
        var result = await commands.UpdateAsync(id, request, ifMatch, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(await signals.ViewAsync(result.Value, actor, ct));
    }

    public static Task<Results<Ok<ObiActionResponse>, ProblemHttpResult>> FireAsync(
        Guid id, string trigger, HttpContext http, ObiSignalCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return ObiRoutes.FireAsync(http, "signal", (inputs, ifMatch) => commands.FireAsync(id, trigger, inputs, actor, ifMatch, ct),
            e => commands.RefuseAsync(actor, "obi-signal.trigger", id, e, ct), ct);
    }

    /// <summary>The reporter's contact: only for an intake officer of the organisation that recorded it; audited and logged; everyone else 404.</summary>
    public static async Task<Results<Ok<ReporterContact>, ProblemHttpResult>> ReporterAsync(Guid id, ObiSignalCommands commands, HttpContext http, CancellationToken ct)
    {
        var result = await commands.ReadReporterAsync(id, http.User.ToActor(), ct);
        return result.Error is not null ? result.Error.ToProblem() : TypedResults.Ok(result.Value!);
    }
}
