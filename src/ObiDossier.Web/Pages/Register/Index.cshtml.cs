using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Pages.Register;

/// <summary>
/// The legal-basis registry (with each basis's versions and the pending changes) and the register of
/// processing activities. Admins propose changes, legal reviewers decide them, through the same
/// <see cref="LegalBasisChanges"/> as the API (validation, four eyes and audit included).
/// </summary>
[Authorize(Policy = AuthSetup.Policies.RegistryReader)]
internal sealed class IndexModel(LegalBasisReads reads, ProcessingLogReads log, LegalBasisChanges changes) : PageModel
{
    public IReadOnlyList<LegalBasisDto> Bases { get; private set; } = [];
    public ILookup<string, LegalBasisVersionDto> Versions { get; private set; } = Array.Empty<LegalBasisVersionDto>().ToLookup(v => "");
    public IReadOnlyList<LegalBasisChangeDto> Changes { get; private set; } = [];
    public IReadOnlyList<ProcessingActivityDto> Activities { get; private set; } = [];
    public Actor Actor => User.ToActor();
    public bool IsAdmin => Actor.Role == Roles.Admin;
    public bool IsLegalReviewer => Actor.Role == Roles.LegalReviewer;
    public string? Problem { get; private set; }
    public IReadOnlyList<string> ProblemLines { get; private set; } = [];
    public string? Added { get; private set; }
    public string? Decided { get; private set; }

    [BindProperty] public CreateLegalBasisForm Form { get; set; } = new();

    public async Task OnGetAsync(string? toegevoegd, string? besloten, CancellationToken ct)
    {
        (Added, Decided) = (toegevoegd, besloten);
        await LoadAsync(ct);
    }

    /// <summary>An admin proposes: a new basis, or new values for the basis with that code.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var request = Form.ToRequest();
        var current = await reads.CurrentVersionAsync(request.Code, ct);
        var result = await changes.ProposeAsync(current is null ? LegalBasisChangeKinds.Create : LegalBasisChangeKinds.Update, request.Code ?? "", request, current, Actor, ct);
        if (result.Error is null) return Redirect($"/register?toegevoegd={Uri.EscapeDataString(result.Value!.Code)}");
        return await ShowProblemAsync(result.Error, ct);
    }

    public Task<IActionResult> OnPostConfirmAsync(string code, Guid changeId, string? motivation, CancellationToken ct) => DecideAsync(code, changeId, true, motivation, ct);

    public Task<IActionResult> OnPostRejectAsync(string code, Guid changeId, string? motivation, CancellationToken ct) => DecideAsync(code, changeId, false, motivation, ct);

    private async Task<IActionResult> DecideAsync(string code, Guid changeId, bool confirm, string? motivation, CancellationToken ct)
    {
        if (!IsLegalReviewer) return Forbid();
        var result = await changes.DecideAsync(code, changeId, confirm, motivation, Actor, ct);
        if (result.Error is null) return Redirect($"/register?besloten={Uri.EscapeDataString(code)}");
        return await ShowProblemAsync(result.Error, ct);
    }

    private async Task<IActionResult> ShowProblemAsync(CommandError error, CancellationToken ct)
    {
        Problem = error.Title;
        ProblemLines = [.. error.Conditions.Select(c => c.Message)];
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bases = await reads.ListAsync(ct);
        Versions = await reads.VersionsAsync(ct);
        Changes = await reads.ChangesAsync(null, 100, ct);
        Activities = await log.ActivitiesAsync(ct);
    }

    internal sealed class CreateLegalBasisForm
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
        public string? Article { get; set; }
        public string? Description { get; set; }
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidTo { get; set; }
        public List<string> RecipientOrganisations { get; set; } = [];
        public List<string> DataCategories { get; set; } = [];
        public string? Motivation { get; set; }

        public CreateLegalBasisRequest ToRequest() =>
            new(Code?.Trim(), Title?.Trim(), Article?.Trim(), Description, ValidFrom, ValidTo, RecipientOrganisations, DataCategories, null, Motivation);
    }
}
