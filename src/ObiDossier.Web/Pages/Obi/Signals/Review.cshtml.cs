using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Signals;

/// <summary>
/// <c>/meldingen/controle</c>: the signals of the officer's organisation in AnonymisationReview that
/// they may approve. Whether they may is the workflow's answer (the signal's allowed actions, where
/// its four-eyes guard has already ruled out its authors), not a rule repeated here.
/// </summary>
internal sealed class ReviewModel(ObiSignalReads signals) : PageModel
{
    /// <summary>More than a review queue ever holds; a bound, so the page never walks an unbounded list.</summary>
    private const int MaxPages = 10;

    public IReadOnlyList<SignalListItem> Queue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role != ObiRoles.Intake) return NotFound();
        var queue = new List<SignalListItem>();
        string? cursor = null;
        for (var i = 0; i < MaxPages; i++)
        {
            var page = await signals.PageAsync(actor, ObiSignalWorkflow.States.AnonymisationReview, cursor, ct);
            if (page is null) break;
            foreach (var item in page.Items)
                if (await signals.FindViewAsync(item.Id, actor, ct) is { } view
                    && view.AllowedActions.Any(a => a.Trigger == ObiSignalWorkflow.Triggers.ApproveAnonymisation))
                    queue.Add(item);
            if ((cursor = page.NextCursor) is null) break;
        }
        Queue = queue;
        return Page();
    }
}
