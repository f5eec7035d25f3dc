using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Web.Auth;
using ObiDossier.Web.FormalReports;

namespace ObiDossier.Web.Pages.Disclosures;

/// <summary>
/// The formal report for the browser (the API takes bearer tokens only): the same signed PDF,
/// rules, audit entry and processing record as <c>GET /api/v1/cases/{id}/formal-report</c>.
/// </summary>
[Authorize(Policy = AuthSetup.Policies.OmProsecutor)]
internal sealed class FormalReportModel(FormalReportService reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await reports.CreateAsync(id, User.ToActor(), ct);
        return result.Error is { } error ? StatusCode(error.Status) : File(result.Value!.Pdf, "application/pdf", result.Value.FileName);
    }
}
