using ObiDossier.Domain;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>
/// Where a signal's pages live for its reader: intake officers under <c>/meldingen</c>, analysts
/// under <c>/signalen</c>. One set of pages serves both; what each sees is the read model's business.
/// </summary>
internal static class SignalPaths
{
    public static string Root(Actor actor) => actor.Role == ObiRoles.Intake ? "/meldingen" : "/signalen";

    public static string Detail(Actor actor, Guid id) => $"{Root(actor)}/{id}";

    public static string Action(Actor actor, Guid id, string trigger) => $"{Root(actor)}/{id}/actie/{trigger}";

    /// <summary>Only intake officers and analysts have signal pages; everyone else gets 404 there.</summary>
    public static bool MayUse(Actor actor) => actor.Role is ObiRoles.Intake or ObiRoles.Analyst;
}
