using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Reports;

/// <summary>
/// A phenomenon report (<c>/fenomeenbeeld/{id}</c>; for partners <c>/rapportages/{id}</c>, read-only):
/// the published figures as charts and tables, the trend against the previous report where the
/// domain gives it, the analysis (editable by an analyst in Draft), the workflow's actions, and the
/// partners' follow-ups (a partner records one on a distributed report).
/// </summary>
internal sealed class DetailModel(ObiReportReads reports, ObiReportCommands commands) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public ReportView View { get; private set; } = null!;
    public CommandError? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string? Analysis { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? gedaan, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Done = gedaan;
        Analysis = View.Analysis;
        return Page();
    }

    public async Task<IActionResult> OnPostAnalysisAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await commands.UpdateAsync(id, new UpdateReportRequest(Analysis), Version, Actor, ct);
        if (result.Error is null) return Redirect($"{Root}/{id}?gedaan=analysis");
        Error = result.Error;
        return Page();
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await commands.AddFollowUpAsync(id, new FollowUpRequest(Kind, Description), Actor, ct);
        if (result.Error is null) return Redirect($"{Root}/{id}?gedaan=follow-up");
        Error = result.Error;
        Analysis = View.Analysis;
        return Page();
    }

    public bool IsPartner => Actor.Role == ObiRoles.Partner;
    public string Root => IsPartner ? "/rapportages" : "/fenomeenbeeld";
    public bool CanEditAnalysis => Actor.Role == ObiRoles.Analyst && View.State == ObiReportWorkflow.States.Draft;
    public bool CanFollowUp => IsPartner && View.State == ObiReportWorkflow.States.Distributed;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Actor = User.ToActor();
        if (await reports.FindViewAsync(id, Actor, ct) is not { } view) return false;
        View = view;
        return true;
    }
}
