using ObiDossier.Domain;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.WebUi;

/// <summary>A fictional person to sign in as on the development login page (and in <c>seed-demo</c>).</summary>
internal sealed record DemoUser(string Id, string Role, string Organisation, string DisplayName);

/// <summary>
/// The demo users: two IND officers (four eyes), two prosecutors (one flags, one does not), and one
/// of every other 1F role; for the OBI desk two intake officers of the police (four eyes) and one of
/// the confidential line, two analysts, two coordinators (four eyes on a report) and a partner of BZ and of SZW.
/// </summary>
internal static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("officer-anna", Roles.IndOfficer, Organisations.Ind, "Anna de Vries"),
        new("officer-bram", Roles.IndOfficer, Organisations.Ind, "Bram Jansen"),
        new("prosecutor-carla", Roles.OmProsecutor, Organisations.Om, "Carla Bakker"),
        new("prosecutor-gijs", Roles.OmProsecutor, Organisations.Om, "Gijs Visser"),
        new("reviewer-dirk", Roles.LegalReviewer, Organisations.Ind, "Dirk Smit"),
        new("auditor-eva", Roles.Auditor, Organisations.Ind, "Eva Mulder"),
        new("admin-frank", Roles.Admin, Organisations.Ind, "Frank de Boer"),
        new("intake-ilse", ObiRoles.Intake, ObiOrganisations.Politie, "Ilse Verbeek"),
        new("intake-joost", ObiRoles.Intake, ObiOrganisations.Politie, "Joost Hermans"),
        new("intake-noor", ObiRoles.Intake, ObiOrganisations.Vertrouwenslijn, "Noor Haddou"),
        new("analyst-lotte", ObiRoles.Analyst, ObiOrganisations.Nctv, "Lotte van Dijk"),
        new("analyst-milan", ObiRoles.Analyst, ObiOrganisations.Nctv, "Milan Bos"),
        new("coordinator-petra", ObiRoles.Coordinator, ObiOrganisations.Nctv, "Petra Kuipers"),
        new("coordinator-ruben", ObiRoles.Coordinator, ObiOrganisations.Nctv, "Ruben Dekker"),
        new("partner-sanne", ObiRoles.Partner, ObiOrganisations.Bz, "Sanne Vermeulen"),
        new("partner-tim", ObiRoles.Partner, ObiOrganisations.Szw, "Tim de Graaf"),
    ];

    public static DemoUser? Find(string? id) => All.FirstOrDefault(u => u.Id == id);

    public static DemoUser Get(string id) => Find(id) ?? throw new ArgumentException($"No demo user '{id}'.", nameof(id));
}
