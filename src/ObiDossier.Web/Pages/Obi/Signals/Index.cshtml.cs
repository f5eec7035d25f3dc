using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>
/// <c>/meldingen</c> (intake: their organisation's signals) and <c>/signalen</c> (analysts: Shared
/// and later signals of every organisation): the read model's list, filtered by state, keyset-paged.
/// </summary>
internal sealed class IndexModel(ObiSignalReads signals, WorkflowEngine engine) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Actor Actor { get; private set; } = null!;
    public SignalListPage Results { get; private set; } = new([], null);
    public IReadOnlyList<string> States { get; private set; } = [];
    public bool IsIntake => Actor.Role == ObiRoles.Intake;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        if (!SignalPaths.MayUse(Actor)) return NotFound();
        var all = engine.Catalog.Latest(ObiSignalWorkflow.Name).States.Select(s => s.Name);
        States = [.. IsIntake ? all : all.Where(ObiSignalWorkflow.States.VisibleToAnalysts.Contains)];
        var page = await signals.PageAsync(Actor, State, Cursor, ct);
        if (page is null) return RedirectToPage(new { State });
        Results = page;
        return Page();
    }
}
