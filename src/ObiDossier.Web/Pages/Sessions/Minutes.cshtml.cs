using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Pages.Sessions;

/// <summary>Records a session's minutes from the form on the session page (the API's own command); a refusal is shown here with its conditions.</summary>
[Authorize(Policy = AuthSetup.Policies.Admin)]
internal sealed class MinutesModel(SessionMinutes minutes) : PageModel
{
    public Guid Id { get; private set; }
    public CommandError? Error { get; private set; }

    public IActionResult OnGet(Guid id) => Redirect($"/zittingen/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, List<string> attendance, string? decisions, CancellationToken ct)
    {
        Id = id;
        var result = await minutes.RecordAsync(id, new MinutesRequest(attendance, decisions), User.ToActor(), ct);
        if (result.Error is null) return Redirect($"/zittingen/{id}?gedaan=minutes");
        Error = result.Error;
        return Page();
    }
}
