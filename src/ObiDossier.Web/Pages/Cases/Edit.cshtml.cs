using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain.Cases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>Creating a draft case, or editing one (IND officers). Opening the edit form reads the personal data, so it is logged like any read.</summary>
[Authorize(Policy = AuthSetup.Policies.IndOfficer)]
internal sealed class EditModel(VisibleCases cases, CaseCommands commands, PersonalDataReader reader) : PageModel
{
    [BindProperty] public CaseForm Form { get; set; } = new();
    [BindProperty] public long? Version { get; set; }
    public Guid? Id { get; private set; }
    public string? Reference { get; private set; }
    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null) return Page();
        var c = await cases.FindAsync(id.Value, User.ToActor(), ct);
        if (c is null) return NotFound();
        // Only a draft can be edited: do not read (and log) personal data for a form that cannot be saved.
        if (c.State != CaseWorkflow.States.Draft) return Redirect($"/zaken/{c.Id}");
        var personal = await reader.ReadAsync(c.Id, User.ToActor(), ct);
        if (personal.Error is not null) return NotFound();
        (Id, Reference, Version) = (c.Id, c.Reference, c.Version);
        Form = CaseForm.From(c.Summary.ToDto(), personal.Value!.Values);
        Form.Priority = c.Priority;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (id is null)
        {
            var created = await commands.CreateAsync(new CreateCaseRequest(Form.ToSummary(), Form.ToPersonalData(), Form.Priority), actor, ct);
            if (created.Error is null) return Redirect($"/zaken/{created.Value!.Id}");
            Error = created.Error;
            return Page();
        }
        var updated = await commands.UpdateAsync(id.Value, new UpdateCaseRequest(Form.ToSummary(), Form.ToPersonalData(), Form.Priority), Version, actor, ct);
        if (updated.Error is null) return Redirect($"/zaken/{id}");
        (Id, Error) = (id, updated.Error);
        Reference = (await cases.FindAsync(id.Value, actor, ct))?.Reference;
        return Page();
    }
}
