using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain.Cases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>The form of one trigger: exactly the inputs the workflow declares for it; firing goes through <see cref="CaseCommands"/>.</summary>
internal sealed class ActionModel(VisibleCases cases, CaseViews views, CaseCommands commands) : PageModel
{
    public ICaseReadModel View { get; private set; } = null!;
    public AllowedActionDto? Allowed { get; private set; }
    public BlockedActionDto? Blocked { get; private set; }
    public string Trigger { get; private set; } = "";
    public CommandError? Error { get; private set; }

    /// <summary>The refused form's values, shown again so that nothing typed or ticked is lost.</summary>
    public IFormCollection? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string trigger, CancellationToken ct) =>
        await LoadAsync(id, trigger, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string trigger, CancellationToken ct)
    {
        if (!await LoadAsync(id, trigger, ct)) return NotFound();
        var inputs = FormInputs.Read(Request.Form, Allowed?.Inputs ?? []);
        var result = await commands.FireAsync(id, trigger, inputs, User.ToActor(), FormInputs.Version(Request.Form), ct);
        if (result.Error is null) return Redirect($"/zaken/{id}?gedaan={trigger}");
        Error = result.Error;
        Posted = Request.Form;
        await LoadAsync(id, trigger, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string trigger, CancellationToken ct)
    {
        var actor = User.ToActor();
        var c = await cases.FindAsync(id, actor, ct);
        if (c is null) return false;
        View = await views.ForAsync(c, actor, ct);
        Trigger = trigger;
        Allowed = View.AllowedActions.FirstOrDefault(a => a.Trigger == trigger);
        Blocked = View.BlockedActions.FirstOrDefault(a => a.Trigger == trigger);
        return true;
    }
}
