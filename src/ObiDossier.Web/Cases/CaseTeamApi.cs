using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cases;

/// <summary><c>GET/POST /cases/{id}/team</c>, <c>DELETE /cases/{id}/team/{userId}</c>: the case's team inside IND.</summary>
internal static class CaseTeamApi
{
    public static void MapCaseTeam(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/team", ListAsync).RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapPost("/{id:guid}/team", AddAsync).RequireAuthorization(p => p.RequireRole(Roles.IndOfficer, Roles.Admin));
        group.MapDelete("/{id:guid}/team/{userId}", RemoveAsync).RequireAuthorization(p => p.RequireRole(Roles.IndOfficer, Roles.Admin));
    }

    public static async Task<Results<Ok<List<TeamMemberDto>>, ProblemHttpResult>> ListAsync(Guid id, CaseTeam team, HttpContext http, CancellationToken ct) =>
        Answer(await team.ListAsync(id, http.User.ToActor(), ct));

    public static async Task<Results<Ok<List<TeamMemberDto>>, ProblemHttpResult>> AddAsync(Guid id, AddTeamMemberRequest request, CaseTeam team, HttpContext http, CancellationToken ct) =>
        Answer(await team.AddAsync(id, request, http.User.ToActor(), ct));

    public static async Task<Results<Ok<List<TeamMemberDto>>, ProblemHttpResult>> RemoveAsync(Guid id, string userId, CaseTeam team, HttpContext http, CancellationToken ct) =>
        Answer(await team.RemoveAsync(id, userId, http.User.ToActor(), ct));

    private static Results<Ok<List<TeamMemberDto>>, ProblemHttpResult> Answer(CommandResult<List<TeamMemberDto>> result) =>
        result.Error is not null ? result.Error.ToProblem() : TypedResults.Ok(result.Value!);
}
