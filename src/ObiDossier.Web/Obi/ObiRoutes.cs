using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>What the signal and report routes do alike: reading a trigger's body and If-Match, and requiring If-Match on an edit.</summary>
internal static class ObiRoutes
{
    /// <summary>
    /// Fires a trigger with the request's body as its inputs and its If-Match; a malformed body is
    /// refused (and audited) as <paramref name="what"/><c>.trigger</c>.
    /// </summary>
    public static async Task<Results<Ok<ObiActionResponse>, ProblemHttpResult>> FireAsync(HttpContext http, string what,
        Func<TriggerInputs, long?, Task<CommandResult<ObiActionResponse>>> fire, Func<CommandError, Task<CommandError>> refuse, CancellationToken ct)
    {
        var body = await RequestBody.ReadObjectAsync(http.Request, ct);
        if (body.Error is not null) return (await refuse(CommandError.Invalid(body.Error, [new("malformed-body", body.Error)]))).ToProblem();
        if (!ETags.TryParseIfMatch(http.Request, out var ifMatch)) return Problems.BadRequest($"If-Match must be an ETag of this {what}.");
        var result = await fire(TriggerInputs.From(body.Value), ifMatch);
        if (result.Error is not null) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETags.Of(result.Value!.Version);
        return TypedResults.Ok(result.Value);
    }

    /// <summary>
    /// The If-Match of an edit: required (428, audited through <paramref name="refuse"/>), since an
    /// edit without it would silently overwrite a colleague's (a lost update); null when it is no ETag (400).
    /// </summary>
    public static async Task<(long? IfMatch, ProblemHttpResult? Problem)> IfMatchOfEditAsync(HttpContext http, string what,
        Func<CommandError, Task<CommandError>> refuse)
    {
        if (string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch))
            return (null, (await refuse(new CommandError(StatusCodes.Status428PreconditionRequired, $"If-Match is required: send the {what}'s ETag.",
                [new("if-match-required", $"If-Match: the ETag of the {what} as you read it.")]))).ToProblem());
        return ETags.TryParseIfMatch(http.Request, out var ifMatch) ? (ifMatch, null) : (null, Problems.BadRequest($"If-Match must be an ETag of this {what}."));
    }
}
