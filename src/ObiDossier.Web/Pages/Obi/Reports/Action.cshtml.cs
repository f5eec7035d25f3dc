using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Obi;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Obi.Reports;

/// <summary><c>/fenomeenbeeld/{id}/actie/{trigger}</c>: one trigger of the report with exactly its declared inputs.</summary>
internal sealed class ActionModel(ObiReportReads reports, ObiReportCommands commands) : PageModel
{
    public ReportView View { get; private set; } = null!;
    public string Trigger { get; private set; } = "";
    public AllowedActionDto? Allowed { get; private set; }
    public BlockedActionDto? Blocked { get; private set; }
    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string trigger, CancellationToken ct) =>
        await LoadAsync(id, trigger, User.ToActor(), ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string trigger, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (!await LoadAsync(id, trigger, actor, ct)) return NotFound();
        var inputs = FormInputs.Read(Request.Form, Allowed?.Inputs ?? []);
        var result = await commands.FireAsync(id, trigger, inputs, actor, FormInputs.Version(Request.Form), ct);
        if (result.Error is null) return Redirect($"/fenomeenbeeld/{id}?gedaan={trigger}");
        Error = result.Error;
        await LoadAsync(id, trigger, actor, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string trigger, Actor actor, CancellationToken ct)
    {
        if (await reports.FindViewAsync(id, actor, ct) is not { } view) return false;
        View = view;
        Trigger = trigger;
        Allowed = view.AllowedActions.FirstOrDefault(a => a.Trigger == trigger);
        Blocked = view.BlockedActions.FirstOrDefault(a => a.Trigger == trigger);
        return true;
    }
}
