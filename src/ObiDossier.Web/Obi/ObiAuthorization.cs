using Microsoft.AspNetCore.Authorization;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Obi;

/// <summary>
/// The desk's policies (README, "The OBI signal desk"). Each admits its OBI roles only, and only
/// with an organisation that may hold the role (<see cref="ObiOrganisations.MayHold"/>): a
/// mis-issued token (an analyst of the police) opens nothing, by policy (403), before any
/// object-level rule (404) is asked. 1F roles are refused here as OBI roles are on the 1F routes.
/// </summary>
internal static class ObiPolicies
{
    public const string Intake = ObiRoles.Intake;
    public const string Analyst = ObiRoles.Analyst;
    public const string Partner = ObiRoles.Partner;

    /// <summary>Who reads signals: intake (own organisation) and analysts (Shared and after); per signal <see cref="ObiVisibility"/>.</summary>
    public const string SignalReader = "obi-signal-reader";

    /// <summary>Who reads reports: analysts and coordinators; partners once distributed (<see cref="ObiVisibility"/>).</summary>
    public const string ReportReader = "obi-report-reader";

    /// <summary>Who fires report triggers: analysts and coordinators (the definition says which may fire which).</summary>
    public const string ReportActor = "obi-report-actor";

    public static AuthorizationBuilder AddObiPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Intake, p => Roles(p, ObiRoles.Intake))
        .AddPolicy(Analyst, p => Roles(p, ObiRoles.Analyst))
        .AddPolicy(Partner, p => Roles(p, ObiRoles.Partner))
        .AddPolicy(SignalReader, p => Roles(p, ObiRoles.Intake, ObiRoles.Analyst))
        .AddPolicy(ReportReader, p => Roles(p, ObiRoles.Analyst, ObiRoles.Coordinator, ObiRoles.Partner))
        .AddPolicy(ReportActor, p => Roles(p, ObiRoles.Analyst, ObiRoles.Coordinator));

    private static void Roles(AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.RequireRole(roles).AddRequirements(ObiOrganisationRequirement.Instance);
}

/// <summary>
/// An OBI role counts only with an organisation that may hold it; any other role passes (its own
/// policies decide). Audited as the missing permission <c>organisation</c>.
/// </summary>
internal sealed class ObiOrganisationRequirement : AuthorizationHandler<ObiOrganisationRequirement>, IAuthorizationRequirement
{
    public static readonly ObiOrganisationRequirement Instance = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ObiOrganisationRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var actor = context.User.ToActor();
            if (!ObiRoles.All.Contains(actor.Role) || ObiOrganisations.MayHold(actor.Role, actor.Organisation)) context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
