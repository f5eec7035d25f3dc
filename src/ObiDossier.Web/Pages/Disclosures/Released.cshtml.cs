using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Pages.Disclosures;

/// <summary>
/// Personal data on screen: a recipient prosecutor sees exactly the released fields, an IND officer
/// of the owning organisation the whole dossier. The rules, the audit entry and the processing
/// record are <see cref="PersonalDataReader"/>'s, the same as the API's.
/// </summary>
[Authorize(Policy = AuthSetup.Policies.PersonalDataReader)]
internal sealed class ReleasedModel(ObiDossierDbContext db, PersonalDataReader reader) : PageModel
{
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public bool Own { get; private set; }
    public PersonalDataRead? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToActor();
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !actor.CanSee(c)) return NotFound();
        (Id, Reference, Own) = (c.Id, c.Reference, actor.Role == Roles.IndOfficer);
        var read = await reader.ReadAsync(id, actor, ct);
        if (read.Error?.Status == StatusCodes.Status410Gone) return StatusCode(StatusCodes.Status410Gone); // shredded: the Dutch 410 page
        Data = read.Value;
        return Page();
    }

    public static string Show(System.Text.Json.Nodes.JsonNode? value) => value switch
    {
        System.Text.Json.Nodes.JsonArray a => string.Join(", ", a.Select(x => x?.GetValue<string>())),
        null => "",
        _ => value.GetValue<string>(),
    };
}
