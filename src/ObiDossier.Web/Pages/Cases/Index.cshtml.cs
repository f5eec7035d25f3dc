using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>The case list: filter by state and session, keyset-paged like the API (the cursor holds a time and a reference, no personal data).</summary>
internal sealed class IndexModel(VisibleCases cases, SessionReads sessions, WorkflowEngine engine) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SessionId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public CaseListPage Results { get; private set; } = new([], null);
    public IReadOnlyList<string> States { get; private set; } = [];
    public IReadOnlyList<SessionDate> Sessions { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        CanCreate = actor.Role == Roles.IndOfficer;
        States = [.. engine.Catalog.Latest(CaseWorkflow.Name).States.Select(s => s.Name)];
        Sessions = await sessions.RecentDatesAsync(50, ct);
        var page = await cases.PageAsync(actor, State, SessionId, Cursor, ct);
        if (page is null) return RedirectToPage(new { State, SessionId });
        Results = page;
        return Page();
    }
}
