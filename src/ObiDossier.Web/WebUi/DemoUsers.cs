using ObiDossier.Domain;

namespace ObiDossier.Web.WebUi;

/// <summary>A fictional person to sign in as on the development login page (and in <c>seed-demo</c>).</summary>
internal sealed record DemoUser(string Id, string Role, string Organisation, string DisplayName);

/// <summary>The demo users: two IND officers (four eyes), two prosecutors (one flags, one does not), and one of every other role.</summary>
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
    ];

    public static DemoUser? Find(string? id) => All.FirstOrDefault(u => u.Id == id);

    public static DemoUser Get(string id) => Find(id) ?? throw new ArgumentException($"No demo user '{id}'.", nameof(id));
}
