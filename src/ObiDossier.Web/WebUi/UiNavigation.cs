using ObiDossier.Domain;

namespace ObiDossier.Web.WebUi;

/// <summary>The main menu per role: each role sees the pages it can use.</summary>
internal static class UiNavigation
{
    public static IEnumerable<(string Href, string TextKey)> For(string role)
    {
        yield return ("/", "Nav.MyWork");
        yield return ("/zaken", "Nav.Cases");
        yield return ("/zittingen", "Nav.Sessions");
        if (role == Roles.Auditor) yield return ("/audit", "Nav.Audit");
        if (role is Roles.Admin or Roles.Auditor or Roles.LegalReviewer) yield return ("/register", "Nav.Register");
        yield return ("/dashboard", "Nav.Dashboard");
        if (role is Roles.Admin or Roles.Auditor) yield return ("/jaaroverzicht", "Nav.Yearly");
    }

    public static bool IsCurrent(PathString path, string href) =>
        href == "/" ? path == "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
}
