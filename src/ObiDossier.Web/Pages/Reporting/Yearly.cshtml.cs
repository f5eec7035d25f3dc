using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Reporting;

namespace ObiDossier.Web.Pages.Reporting;

/// <summary>The yearly overview for the report to parliament: releases per route, legal basis and outcome, and as CSV (the API's own figures).</summary>
[Authorize(Policy = AuthSetup.Policies.AuditorOrAdmin)]
internal sealed class YearlyModel(ReleaseOverview overview, LegalCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public YearlyOverview Overview { get; private set; } = new(0, 0, []);

    public async Task OnGetAsync(CancellationToken ct) => Overview = await overview.ForYearAsync(ChosenYear(), ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var year = ChosenYear();
        return File(Encoding.UTF8.GetBytes((await overview.ForYearAsync(year, ct)).ToCsv()), "text/csv; charset=utf-8", $"obidossier-releases-{year}.csv");
    }

    /// <summary>The year asked for when it is a sensible one, else this year at the table.</summary>
    private int ChosenYear() => Year is >= 2000 and <= 9999 ? Year.Value : calendar.Today(clock.GetUtcNow()).Year;
}
