using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Obi;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>
/// A signal as its reader may see it (<c>/meldingen/{id}</c> for intake, <c>/signalen/{id}</c> for
/// analysts): the anonymised fields, the workflow with its state, what the reader can do now (each a
/// button to a form with that trigger's inputs) and what not yet, with why. The scanner's findings
/// are shown as kind and place, never their values; the reporter only behind its own, audited action.
/// </summary>
internal sealed class DetailModel(ObiSignalReads signals, WorkflowEngine engine, IStringLocalizer<UiText> text) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public SignalView View { get; private set; } = null!;
    public string Diagram { get; private set; } = "";
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? gedaan, CancellationToken ct)
    {
        Actor = User.ToActor();
        if (!SignalPaths.MayUse(Actor) || await signals.FindViewAsync(id, Actor, ct) is not { } view) return NotFound();
        View = view;
        Diagram = Diagrams.Mermaid(engine, engine.Catalog.Latest(ObiSignalWorkflow.Name), view.State, (kind, name) => text[$"{kind}.{name}"]);
        Done = gedaan;
        return Page();
    }

    public bool IsIntake => Actor.Role == ObiRoles.Intake;
    public bool CanEdit => IsIntake && View.State == ObiSignalWorkflow.States.Received;

    /// <summary>Only the intake organisation reads the reporter, and only until it is shredded (the read model says which).</summary>
    public bool CanReadReporter => IsIntake && View.ReporterShredded == false;

    public string ActionHref(string trigger) => SignalPaths.Action(Actor, View.Id, trigger);

    /// <summary>Submit is offered with an override field when only overridable findings block it (never the reporter's own values).</summary>
    public bool SubmitNeedsOverride => View.BlockedActions.Any(b => b.Trigger == ObiSignalWorkflow.Triggers.Submit
        && b.UnmetConditions.Count > 0 && b.UnmetConditions.All(c => c.Code == SignalActionForm.OverridableCode));
}
