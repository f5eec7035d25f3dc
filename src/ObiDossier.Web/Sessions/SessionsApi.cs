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

/// <summary>The session routes of API.md: everyone reads, admins schedule and move sessions.</summary>
internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sessions").WithTags("Sessions");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthSetup.Policies.AnyRole);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthSetup.Policies.AnyRole);
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPost("/{id:guid}/actions/{trigger}", FireAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPut("/{id:guid}/minutes", RecordMinutesAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        return group;
    }

    public static async Task<Ok<List<SessionView>>> ListAsync(ObiDossierDbContext db, SessionCommands sessions, HttpContext http, TimeProvider clock,
        LegalCalendar calendar, CancellationToken ct)
    {
        // "Today" at the table is the day in the Netherlands, also just after midnight there (still yesterday in UTC).
        var today = calendar.Today(clock.GetUtcNow());
        var all = await db.Set<SessionEntity>().AsNoTracking().ToListAsync(ct);
        // Upcoming first (soonest at the top), then the past ones, most recent first.
        var ordered = all.Where(s => s.Date >= today).OrderBy(s => s.Date).Concat(all.Where(s => s.Date < today).OrderByDescending(s => s.Date));
        var views = new List<SessionView>();
        foreach (var s in ordered) views.Add(await sessions.ViewAsync(s, http.User.ToActor(), ct));
        return TypedResults.Ok(views);
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(Guid id, ObiDossierDbContext db, SessionCommands sessions, HttpContext http, CancellationToken ct)
    {
        var s = await db.Set<SessionEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Problems.NotFound("Session");
        return TypedResults.Ok(await sessions.ViewAsync(s, http.User.ToActor(), ct));
    }

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
