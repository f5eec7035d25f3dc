using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>The form's fields: the anonymised signal from fixed lists and a month, and the reporter's contact for the vault.</summary>
internal sealed class SignalInput
{
    public string? StateActor { get; set; }
    public string? OtherStateActor { get; set; }
    public string? Conduct { get; set; }
    public string? Instrument { get; set; }
    public string? Target { get; set; }
    public string? Region { get; set; }
    public string? Period { get; set; }
    public string? Community { get; set; }
    public string? Effect { get; set; }
    public string? Narrative { get; set; }
    public bool ReferredToPolice { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? ReporterEmail { get; set; }

    /// <summary>The signal as the API carries it; a code typed under "other" wins over the short list.</summary>
    public AnonymisedSignal ToSignal() => new()
    {
        StateActor = Blank(OtherStateActor) ?? Blank(StateActor),
        Conduct = Blank(Conduct),
        Instrument = Blank(Instrument),
        Target = Blank(Target),
        Region = Blank(Region),
        Period = Blank(Period),
        Community = Blank(Community),
        Effect = Blank(Effect),
        Narrative = Blank(Narrative),
        ReferredToPolice = ReferredToPolice,
    };

    /// <summary>The reporter's contact, or null when every field is empty (on edit: leave the vault as it is).</summary>
    public ReporterContact? ToReporter() =>
        Blank(ReporterName) is null && Blank(ReporterPhone) is null && Blank(ReporterEmail) is null
            ? null
            : new ReporterContact { Name = Blank(ReporterName), Phone = Blank(ReporterPhone), Email = Blank(ReporterEmail) };

    public static SignalInput From(AnonymisedSignal s) => new()
    {
        StateActor = s.StateActor is { } a && StateActors.Demo.ContainsKey(a) ? a : null,
        OtherStateActor = s.StateActor is { } o && !StateActors.Demo.ContainsKey(o) ? o : null,
        Conduct = s.Conduct, Instrument = s.Instrument, Target = s.Target, Region = s.Region, Period = s.Period,
        Community = s.Community, Effect = s.Effect, Narrative = s.Narrative, ReferredToPolice = s.ReferredToPolice == true,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// <c>/meldingen/nieuw</c> and <c>/meldingen/{id}/bewerken</c> (in Received): record or change a
/// signal through the desk's commands. The reporter's contact is never read back into this form:
/// left empty on edit, the vault keeps what it holds.
/// </summary>
internal sealed class FormModel(ObiSignalReads signals, ObiSignalCommands commands) : PageModel
{
    [BindProperty] public SignalInput Form { get; set; } = new();
    [BindProperty] public long? Version { get; set; }

    public Guid? Id { get; private set; }
    public string? Reference { get; private set; }
    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != ObiRoles.Intake) return NotFound();
        if (id is null) return Page();
        if (await signals.FindViewAsync(id.Value, actor, ct) is not { State: ObiSignalWorkflow.States.Received } view) return NotFound();
        (Id, Reference, Version, Form) = (view.Id, view.Reference, view.Version, SignalInput.From(view.Signal));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != ObiRoles.Intake) return NotFound();
        if (id is null)
        {
            var created = await commands.CreateAsync(new CreateSignalRequest(Form.ToSignal(), Form.ToReporter()), actor, ct);
            if (created.Value is { } signal) return Redirect($"/meldingen/{signal.Id}");
            Error = created.Error;
            return Page();
        }
        var updated = await commands.UpdateAsync(id.Value, new UpdateSignalRequest(Form.ToSignal(), Form.ToReporter()), Version, actor, ct);
        if (updated.Error is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (updated.Error is null) return Redirect($"/meldingen/{id}");
        Error = updated.Error;
        Id = id;
        Reference = (await signals.FindViewAsync(id.Value, actor, ct))?.Reference;
        return Page();
    }
}
