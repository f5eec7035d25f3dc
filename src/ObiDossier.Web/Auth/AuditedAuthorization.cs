using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Auth;

/// <summary>
/// Nothing hides in the trail (README, "Every refusal is audited"): a request that an authorisation policy refuses
/// (401, 403) leaves an audit entry naming the route pattern (never the URL, whose query may hold
/// anything) and the permission it lacked. A UI visitor who is merely not signed in yet is sent to
/// the login page without an entry; a request that matched no route is not a refusal of anything.
/// </summary>
internal sealed class AuditedAuthorization(AuditWriter audit, ILogger<AuditedAuthorization> logger) : IAuthorizationMiddlewareResultHandler
{
    public const string Action = "access.refused";

    /// <summary>Who a request without a valid token is.</summary>
    public static readonly Actor Anonymous = new("anonymous", "none", "none", "anonymous");

    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if ((result.Forbidden || (result.Challenged && IsApi(http))) && http.GetEndpoint() is RouteEndpoint endpoint)
            await RecordAsync(http, endpoint, result);
        await _inner.HandleAsync(next, http, policy, result);
    }

    private async Task RecordAsync(HttpContext http, RouteEndpoint endpoint, PolicyAuthorizationResult result)
    {
        var signedIn = http.User.Identity?.IsAuthenticated == true && SingleRole.Holds(http.User);
        var status = result.Forbidden && signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        var route = $"{http.Request.Method} {endpoint.RoutePattern.RawText}";
        try
        {
            var db = http.RequestServices.GetRequiredService<ObiDossierDbContext>();
            audit.Add(db, new AuditRecord(signedIn ? http.User.ToActor() : Anonymous, Action, "route", route[..Math.Min(route.Length, 100)],
                CaseOf(http), AuditOutcome.Refused, status, Reasons: await MissingAsync(http, result, signedIn)));
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The refusal stands either way; a trail that cannot be written is the operator's alarm.
            logger.LogError(e, "The audit entry of a refused request to {Route} could not be written.", route);
        }
    }

    /// <summary>The permission the caller lacked, as stable codes: <c>role:a|b</c>, <c>authenticated</c>, <c>token-invalid</c>.</summary>
    private static async Task<List<string>> MissingAsync(HttpContext http, PolicyAuthorizationResult result, bool signedIn)
    {
        if (!signedIn)
        {
            // The middleware keeps only a successful result; the handler caches its answer per request.
            var failure = (await http.AuthenticateAsync()).Failure;
            return [failure is null ? "token-missing" : failure.Message == SingleRole.Failure ? "token-roles" : "token-invalid"];
        }
        var failed = result.AuthorizationFailure?.FailedRequirements ?? [];
        var reasons = failed.Select(r => r switch
        {
            RolesAuthorizationRequirement roles => "role:" + string.Join('|', roles.AllowedRoles.Order(StringComparer.Ordinal)),
            DenyAnonymousAuthorizationRequirement => "authenticated",
            Obi.ObiOrganisationRequirement => "organisation",
            _ => r.GetType().Name,
        }).Distinct().ToList();
        return reasons.Count > 0 ? reasons : ["forbidden"];
    }

    /// <summary>The case a refused case route names, so an auditor searching a case finds the attempts on it.</summary>
    private static Guid? CaseOf(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api/v1/cases", StringComparison.OrdinalIgnoreCase)
        && http.Request.RouteValues.TryGetValue("id", out var id) && Guid.TryParse(id?.ToString(), out var caseId)
            ? caseId
            : null;

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
