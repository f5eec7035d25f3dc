using ObiDossier.Domain;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.WebUi;

/// <summary>The main menu per role: each role sees the pages it can use.</summary>
internal static class UiNavigation
{
    public static IEnumerable<(string Href, string TextKey)> For(string role) =>
        ObiRoles.All.Contains(role) ? ForObi(role) : For1F(role);

    /// <summary>
    /// The OBI desk's roles see only the desk: intake its own organisation's signals and review queue,
    /// analysts the shared signals and reports, coordinators the reports, partners the distributed ones.
    /// </summary>
    private static IEnumerable<(string Href, string TextKey)> ForObi(string role)
    {
        if (role == ObiRoles.Intake)
        {
            yield return ("/meldingen", "Nav.ObiSignals");
            yield return ("/meldingen/controle", "Nav.ObiReview");
        }
        if (role == ObiRoles.Analyst) yield return ("/signalen", "Nav.ObiShared");
        if (role is ObiRoles.Analyst or ObiRoles.Coordinator) yield return ("/fenomeenbeeld", "Nav.ObiReports");
        if (role == ObiRoles.Partner) yield return ("/rapportages", "Nav.ObiDistributed");
    }

    private static IEnumerable<(string Href, string TextKey)> For1F(string role)
    {
        yield return ("/", "Nav.MyWork");
        yield return ("/zaken", "Nav.Cases");
        yield return ("/zittingen", "Nav.Sessions");
        if (role == Roles.Auditor) yield return ("/audit", "Nav.Audit");
        if (role is Roles.Admin or Roles.Auditor or Roles.LegalReviewer) yield return ("/register", "Nav.Register");
        yield return ("/dashboard", "Nav.Dashboard");
        if (role is Roles.Admin or Roles.Auditor) yield return ("/jaaroverzicht", "Nav.Yearly");
    }

    /// <summary>Where a role lands after sign-in: "Mijn werk" for 1F, the first page of its menu for the OBI desk.</summary>
    public static string Home(string role) => For(role).First().Href;

    /// <summary>
    /// The current item: the longest menu entry the path lies under, so that <c>/meldingen/controle</c>
    /// marks "Te controleren" and not also "Meldingen".
    /// </summary>
    public static bool IsCurrent(PathString path, string href, IEnumerable<string>? menu = null)
    {
        if (href == "/") return path == "/";
        if (!path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase)) return false;
        return menu is null || !menu.Any(other => other.Length > href.Length && path.StartsWithSegments(other, StringComparison.OrdinalIgnoreCase));
    }
}
