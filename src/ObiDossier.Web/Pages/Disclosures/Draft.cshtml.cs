using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Disclosures;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Disclosures;

/// <summary>
/// The formal report (aangifte): the officer ticks each field to release and picks a basis, sees
/// the legal-basis check's verdict, and only then sends the draft for legal review.
/// </summary>
[Authorize(Policy = AuthSetup.Policies.IndOfficer)]
internal sealed class DraftModel(VisibleCases cases, CaseViews views, LegalBasisReads bases, CaseCommands commands, DisclosureChecks checks) : PageModel
{
    public const string Trigger = CaseWorkflow.Triggers.DraftReport;

    [BindProperty] public List<string> ReleasedFields { get; set; } = [];
    [BindProperty] public string? LegalBasisCode { get; set; }
    [BindProperty] public string? Motivation { get; set; }
    [BindProperty] public long? Version { get; set; }

    public CaseView View { get; private set; } = null!;
    public IReadOnlyList<LegalBasisDto> Bases { get; private set; } = [];
    public IReadOnlyList<UnmetCondition>? CheckResult { get; private set; }
    public CommandError? Error { get; private set; }
    public bool Allowed => View.AllowedActions.Any(a => a.Trigger == Trigger);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        CheckResult = await checks.DraftAsync(id, LegalBasisCode, ReleasedFields, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var action = View.AllowedActions.FirstOrDefault(a => a.Trigger == Trigger);
        var result = await commands.FireAsync(id, Trigger, FormInputs.Read(Request.Form, action?.Inputs ?? []), User.ToActor(), Version, ct);
        if (result.Error is null) return Redirect($"/zaken/{id}?gedaan={Trigger}");
        Error = result.Error;
        CheckResult = await checks.DraftAsync(id, LegalBasisCode, ReleasedFields, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await cases.FindAsync(id, User.ToActor(), ct);
        if (c is null) return false;
        View = await views.BuildAsync(c, User.ToActor(), ct);
        Version ??= c.Version;
        Bases = await bases.ListAsync(ct);
        return true;
    }

    public static IEnumerable<(string Field, string Category)> Fields =>
        PersonalDataFields.All.Select(f => (f, PersonalDataFields.Category[f]));
}
