using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain.Cases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Disclosures;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Disclosures;

/// <summary>The legal review: the check's conditions as a checklist, the fields and the basis, and approve or reject with a motivation.</summary>
[Authorize(Policy = AuthSetup.Policies.LegalReviewer)]
internal sealed class ReviewModel(VisibleCases cases, CaseViews views, LegalBasisReads bases, CaseCommands commands, DisclosureChecks checks) : PageModel
{
    [BindProperty] public string? Motivation { get; set; }
    [BindProperty] public long? Version { get; set; }

    public CaseView View { get; private set; } = null!;
    /// <summary>The disclosure in review, as the case view holds it (motivations opened for IND).</summary>
    public DisclosureDto? Draft { get; private set; }

    /// <summary>The version of the basis an approval now would rest on (kept in the disclosure at approval).</summary>
    public int? BasisVersion { get; private set; }
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];
    public CommandError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => FireAsync(id, CaseWorkflow.Triggers.ApproveDisclosure, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => FireAsync(id, CaseWorkflow.Triggers.RejectDisclosure, ct);

    private async Task<IActionResult> FireAsync(Guid id, string trigger, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var inputs = Domain.Workflows.TriggerInputs.Of(("motivation", string.IsNullOrWhiteSpace(Motivation) ? null : Motivation.Trim()));
        var result = await commands.FireAsync(id, trigger, inputs, User.ToActor(), Version, ct);
        if (result.Error is null) return Redirect($"/zaken/{id}?gedaan={trigger}");
        Error = result.Error;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToActor();
        var c = await cases.FindAsync(id, actor, ct);
        if (c is null) return false;
        View = await views.BuildAsync(c, actor, ct);
        Version ??= c.Version;
        Draft = View.Disclosure is { Status: nameof(DisclosureStatus.InReview) } d ? d : null;
        BasisVersion = Draft is null ? null : await bases.CurrentVersionAsync(Draft.LegalBasisCode, ct);
        Checklist = await checks.ReviewAsync(c, actor, ct);
        return true;
    }
}
