using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Pages.Sessions;

/// <summary>One session: its agenda (anonymised) and, for admins, the next step (freeze the agenda, open, close).</summary>
internal sealed class DetailModel(ObiDossierDbContext db, SessionCommands sessions) : PageModel
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
        var s = await db.Set<SessionEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return false;
        View = await sessions.ViewAsync(s, actor, ct);
        var ids = View.Agenda.ToList();
        var cases = await db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor).Where(c => ids.Contains(c.Id))
            .Select(c => new CaseListItem(c.Id, c.Reference, c.State, c.Summary.Title, c.Summary.CountryOfOrigin, c.SessionId, c.CreatedAt, c.UpdatedAt))
            .ToListAsync(ct);
        Agenda = [.. ids.Select(i => cases.FirstOrDefault(c => c.Id == i)).OfType<CaseListItem>()];
        Queued = actor.Role == Roles.Admin ? await db.Set<CaseEntity>().CountAsync(c => c.State == "Queued", ct) : 0;
        return true;
    }
}
