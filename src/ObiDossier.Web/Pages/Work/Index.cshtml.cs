using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Work;

/// <summary>"Mijn werk": the cases and sessions that need the signed-in user now, with counts per state.</summary>
internal sealed class IndexModel(WorkQueries work) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<WorkItem> Cases { get; private set; } = [];
    public IReadOnlyList<(string State, int Count)> Counts { get; private set; } = [];
    public IReadOnlyList<SessionWorkItem> Sessions { get; private set; } = [];

    /// <summary>IND's queued cases that a frozen agenda left waiting, with why.</summary>
    public IReadOnlyList<WaitingItem> Waiting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        // The OBI desk's roles have no 1F work: they land on the first page of their own menu.
        if (ObiRoles.All.Contains(Actor.Role)) return Redirect(UiNavigation.Home(Actor.Role));
        Cases = await work.CasesAsync(Actor, ct);
        Counts = [.. Cases.GroupBy(c => c.State).Select(g => (g.Key, g.Count()))];
        Sessions = await work.SessionsAsync(Actor, ct);
        Waiting = await work.WaitingAsync(Actor, ct);
        return Page();
    }
}
