using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Pages.Sessions;

/// <summary>The sessions, upcoming first; admins schedule new ones here.</summary>
internal sealed class IndexModel(ObiDossierDbContext db, SessionCommands sessions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(SessionEntity Session, int AgendaCount)> Sessions { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public CommandError? Error { get; private set; }
    [BindProperty] public DateOnly? Date { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != Roles.Admin) return Forbid();
        var result = await sessions.CreateAsync(Date, actor, ct);
        if (result.Error is null) return Redirect($"/zittingen/{result.Value!.Id}");
        Error = result.Error;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        IsAdmin = User.ToActor().Role == Roles.Admin;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = await db.Set<SessionEntity>().AsNoTracking().ToListAsync(ct);
        var counts = await db.Set<AgendaItemEntity>().AsNoTracking().GroupBy(a => a.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        // Upcoming first (soonest at the top), then the past ones, most recent first: as the API lists them.
        Sessions = [.. all.Where(s => s.Date >= today).OrderBy(s => s.Date).Concat(all.Where(s => s.Date < today).OrderByDescending(s => s.Date))
            .Select(s => (s, counts.GetValueOrDefault(s.Id)))];
    }
}
