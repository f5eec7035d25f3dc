using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Sessions;

public sealed record SessionView(Guid Id, DateOnly Date, string State, IReadOnlyList<Guid> Agenda, IReadOnlyList<AllowedActionDto> AllowedActions, long Version)
{
    /// <summary>How many cases freezing the agenda takes at most.</summary>
    public int Capacity { get; init; }

    /// <summary>The minutes, once recorded (null until then).</summary>
    public MinutesView? Minutes { get; init; }
}

/// <summary><c>POST /sessions</c>: the date, and optionally how many cases the session takes (default <c>ObiDossier:Schedule:SessionCapacity</c>).</summary>
public sealed record CreateSessionRequest(DateOnly? Date, int? Capacity = null);

/// <summary>The session routes under <c>/api/v1/sessions</c> (README, "Roles"): everyone reads, admins schedule and move sessions.</summary>
internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sessions").WithTags("Sessions");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPost("/{id:guid}/actions/{trigger}", FireAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPut("/{id:guid}/minutes", RecordMinutesAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        return group;
    }

    /// <summary>Upcoming first (soonest at the top), then the past ones, most recent first.</summary>
    public static async Task<Ok<List<SessionView>>> ListAsync(SessionReads reads, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await reads.ListAsync(http.User.ToActor(), ct));

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(Guid id, SessionReads reads, HttpContext http, CancellationToken ct) =>
        await reads.FindAsync(id, http.User.ToActor(), ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound("Session");

    public static async Task<Results<Created<SessionView>, ProblemHttpResult>> CreateAsync(CreateSessionRequest request, SessionCommands sessions, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await sessions.CreateAsync(request.Date, actor, ct, request.Capacity);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.Created($"/api/v1/sessions/{result.Value!.Id}", await sessions.ViewAsync(result.Value, actor, ct));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> FireAsync(Guid id, string trigger, SessionCommands sessions, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await sessions.FireAsync(id, trigger, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.Ok(await sessions.ViewAsync(result.Value!, actor, ct));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> RecordMinutesAsync(Guid id, MinutesRequest request, SessionMinutes minutes,
        SessionCommands sessions, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await minutes.RecordAsync(id, request, actor, ct);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.Ok(await sessions.ViewAsync(result.Value!, actor, ct));
    }
}
