using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cases;

/// <summary>
/// <c>GET /cases/{id}/personal-data</c>: the only read of the vault over HTTP. Who reads which
/// fields, and the audit and processing log of each read, live in <see cref="PersonalDataReader"/>.
/// </summary>
internal static class PersonalDataApi
{
    public static void MapPersonalData(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/personal-data", ReadAsync).RequireAuthorization(AuthSetup.Policies.PersonalDataReader);

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ReadAsync(Guid id, HttpContext http, PersonalDataReader reader, CancellationToken ct)
    {
        // A break-glass reason rides in a header, never in the URL (URLs end up in logs and histories).
        var reason = http.Request.Headers[PersonalDataReader.BreakGlassHeader].FirstOrDefault();
        var result = await reader.ReadAsync(id, http.User.ToActor(), ct, reason);
        return result.Error is not null ? result.Error.ToProblem() : TypedResults.Ok(result.Value!.Values);
    }
}
