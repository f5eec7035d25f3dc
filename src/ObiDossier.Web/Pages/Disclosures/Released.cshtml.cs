using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Pages.Disclosures;

/// <summary>
/// Personal data on screen: a recipient prosecutor sees exactly the released fields, an IND officer
/// of the owning organisation the whole dossier. The rules, the audit entry and the processing
/// record are <see cref="PersonalDataReader"/>'s, the same as the API's. An IND officer outside
/// the case's team first sees a dialog asking why (break-glass), and nothing else until they answer
/// it; the reason is posted in the form body, never put in the URL.
/// </summary>
[Authorize(Policy = AuthSetup.Policies.PersonalDataReader)]
internal sealed class ReleasedModel(VisibleCases cases, PersonalDataReader reader, CaseTeam team) : PageModel
{
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public bool Own { get; private set; }
    public PersonalDataRead? Data { get; private set; }

    /// <summary>True when the reader is an IND officer outside the case's team who has not yet given a reason.</summary>
    public bool AskReason { get; private set; }

    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToActor();
        var c = await cases.FindAsync(id, actor, ct);
        if (c is null) return NotFound();
        (Id, Reference, Own) = (c.Id, c.Reference, actor.Role == Roles.IndOfficer);
        if (Own && !await team.IsMemberAsync(id, actor.Id, ct))
        {
            AskReason = true;
            return Page();
        }
        var read = await reader.ReadAsync(id, actor, ct);
        if (read.Error?.Status == StatusCodes.Status410Gone) return StatusCode(StatusCodes.Status410Gone); // shredded: the Dutch 410 page
        Data = read.Value;
        return Page();
    }

    /// <summary>Break-glass: the reason from the dialog; the read is audited as such and listed for auditors.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] string? reason, CancellationToken ct)
    {
        var actor = User.ToActor();
        var c = await cases.FindAsync(id, actor, ct);
        if (c is null) return NotFound();
        (Id, Reference, Own) = (c.Id, c.Reference, actor.Role == Roles.IndOfficer);
        var read = await reader.ReadAsync(id, actor, ct, reason);
        (Data, Error) = (read.Value, read.Error);
        AskReason = read.Error is { Status: StatusCodes.Status403Forbidden };
        return Page();
    }

    public static string Show(System.Text.Json.Nodes.JsonNode? value) => value switch
    {
        System.Text.Json.Nodes.JsonArray a => string.Join(", ", a.Select(x => x?.GetValue<string>())),
        null => "",
        _ => value.GetValue<string>(),
    };
}
