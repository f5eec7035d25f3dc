using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Pages.Sessions;

/// <summary>One session: its agenda (anonymised) and, for admins, the next step (freeze the agenda, open, close).</summary>
internal sealed class DetailModel(SessionReads reads, VisibleCases cases, SessionCommands sessions) : PageModel
{
    public SessionView View { get; private set; } = null!;
    public IReadOnlyList<CaseListItem> Agenda { get; private set; } = [];
    public int Queued { get; private set; }
    public CommandError? Error { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? gedaan, CancellationToken ct)
    {
        Done = gedaan;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string trigger, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != Roles.Admin) return Forbid();
        var result = await sessions.FireAsync(id, trigger, actor, ct);
        if (result.Error is null) return Redirect($"/zittingen/{id}?gedaan={trigger}");
        Error = result.Error;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToActor();
        if (await reads.FindAsync(id, actor, ct) is not { } view) return false;
        View = view;
        // The agenda as the caller may see it: the list rows of GET /cases, in agenda order.
        Agenda = await cases.ItemsAsync(View.Agenda, actor, ct);
        Queued = actor.Role == Roles.Admin ? await cases.CountInStateAsync(CaseWorkflow.States.Queued, actor, ct) : 0;
        return true;
    }
}
