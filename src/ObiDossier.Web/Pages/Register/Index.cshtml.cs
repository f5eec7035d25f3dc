using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Pages.Register;

/// <summary>The legal-basis registry and the register of processing activities; admins add bases through the API's own handler (validation and audit included).</summary>
[Authorize(Policy = AuthSetup.Policies.AuditorOrAdmin)]
internal sealed class IndexModel(ObiDossierDbContext db) : PageModel
{
    public IReadOnlyList<LegalBasisDto> Bases { get; private set; } = [];
    public IReadOnlyList<ProcessingActivityDto> Activities { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<string> ProblemLines { get; private set; } = [];
    public string? Added { get; private set; }

    [BindProperty] public CreateLegalBasisForm Form { get; set; } = new();

    public async Task OnGetAsync(string? toegevoegd, CancellationToken ct)
    {
        Added = toegevoegd;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync([FromServices] AuditWriter audit, CancellationToken ct)
    {
        if (User.ToActor().Role != Roles.Admin) return Forbid();
        var result = await LegalBasesApi.CreateAsync(Form.ToRequest(), db, audit, HttpContext, ct);
        if (result.Result is Created<LegalBasisDto> created) return Redirect($"/register?toegevoegd={Uri.EscapeDataString(created.Value!.Code)}");
        var problem = (result.Result as ProblemHttpResult)?.ProblemDetails;
        Problem = problem?.Title;
        ProblemLines = problem?.Extensions.TryGetValue("unmetConditions", out var u) == true && u is IEnumerable<Web.Cases.UnmetConditionDto> list
            ? [.. list.Select(c => c.Message)] : [];
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        IsAdmin = User.ToActor().Role == Roles.Admin;
        Bases = (await LegalBasesApi.ListAsync(db, ct)).Value!;
        Activities = (await ProcessingLogApi.ActivitiesAsync(db, ct)).Value!;
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

        public CreateLegalBasisRequest ToRequest() =>
            new(Code?.Trim(), Title?.Trim(), Article?.Trim(), Description, ValidFrom, ValidTo, RecipientOrganisations, DataCategories, null);
    }
}
