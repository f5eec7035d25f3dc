using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Obi;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>What the action form of a signal offers, beyond the workflow's allowed actions.</summary>
internal static class SignalActionForm
{
    /// <summary>The only finding an intake officer may override with a motivation; a reporter's own value never.</summary>
    public const string OverridableCode = "anonymisation-finding";

    /// <summary>Submit's motivation when heuristic findings block it; the guard then decides with it.</summary>
    public static readonly ActionInputDto OverrideMotivation = new("overrideMotivation", "text", true,
        "Why the findings do not identify the reporter or anyone else; the second intake officer reads it.");
}

/// <summary>
/// <c>/meldingen/{id}/actie/{trigger}</c> and <c>/signalen/{id}/actie/{trigger}</c>: the form of one
/// trigger with exactly its declared inputs, fired through the desk's command pipeline.
/// </summary>
internal sealed class ActionModel(ObiSignalReads signals, ObiSignalCommands commands) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public SignalView View { get; private set; } = null!;
    public string Trigger { get; private set; } = "";
    public IReadOnlyList<ActionInputDto>? Inputs { get; private set; }
    public BlockedActionDto? Blocked { get; private set; }
    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string trigger, CancellationToken ct) =>
        await LoadAsync(id, trigger, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string trigger, CancellationToken ct)
    {
        if (!await LoadAsync(id, trigger, ct)) return NotFound();
        var inputs = FormInputs.Read(Request.Form, Inputs ?? []);
        var result = await commands.FireAsync(id, trigger, inputs, Actor, FormInputs.Version(Request.Form), ct);
        if (result.Error is null) return Redirect($"{SignalPaths.Detail(Actor, id)}?gedaan={trigger}");
        Error = result.Error;
        await LoadAsync(id, trigger, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string trigger, CancellationToken ct)
    {
        Actor = User.ToActor();
        if (!SignalPaths.MayUse(Actor) || await signals.FindViewAsync(id, Actor, ct) is not { } view) return false;
        View = view;
        Trigger = trigger;
        Inputs = view.AllowedActions.FirstOrDefault(a => a.Trigger == trigger)?.Inputs;
        Blocked = view.BlockedActions.FirstOrDefault(a => a.Trigger == trigger);
        if (Inputs is null && trigger == ObiSignalWorkflow.Triggers.Submit && Blocked is { UnmetConditions.Count: > 0 } b
            && b.UnmetConditions.All(c => c.Code == SignalActionForm.OverridableCode))
        {
            Inputs = [SignalActionForm.OverrideMotivation];
        }
        return true;
    }
}
