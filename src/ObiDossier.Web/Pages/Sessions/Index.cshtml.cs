using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Sessions;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Pages.Sessions;

/// <summary>The sessions, upcoming first, as <c>GET /sessions</c> lists them; admins schedule new ones here.</summary>
internal sealed class IndexModel(SessionReads reads, SessionCommands sessions, IOptions<ScheduleOptions> schedule) : PageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public CommandError? Error { get; private set; }
    [BindProperty] public DateOnly? Date { get; set; }

    /// <summary>How many cases the session takes: the form starts at <c>ObiDossier:Schedule:SessionCapacity</c>.</summary>
    [BindProperty] public int? Capacity { get; set; }

    public int DefaultCapacity => schedule.Value.SessionCapacity;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != Roles.Admin) return Forbid();
        var result = await sessions.CreateAsync(Date, actor, ct, Capacity);
        if (result.Error is null) return Redirect($"/zittingen/{result.Value!.Id}");
        Error = result.Error;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        IsAdmin = actor.Role == Roles.Admin;
        Sessions = await reads.ListAsync(actor, ct);
    }
}
