using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>
/// <c>/meldingen/{id}/melder</c>: the reporter's contact for a call back, for the intake organisation
/// only. Reading is a deliberate act (a POST, never a link a browser may prefetch) through the
/// desk's audited route, which writes the audit entry and the processing record; anyone else 404.
/// </summary>
internal sealed class ReporterModel(ObiSignalReads signals, ObiSignalCommands commands) : PageModel
{
    public SignalView View { get; private set; } = null!;
    public ReporterContact? Reporter { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var read = await commands.ReadReporterAsync(id, User.ToActor(), ct);
        if (read.Value is null) return NotFound();
        Reporter = read.Value;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != ObiRoles.Intake || await signals.FindViewAsync(id, actor, ct) is not { } view) return false;
        View = view;
        return true;
    }
}
