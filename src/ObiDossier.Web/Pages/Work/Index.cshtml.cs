using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
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

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        Cases = await work.CasesAsync(Actor, ct);
        Counts = [.. Cases.GroupBy(c => c.State).Select(g => (g.Key, g.Count()))];
        Sessions = await work.SessionsAsync(Actor, ct);
        Waiting = await work.WaitingAsync(Actor, ct);
    }
}
