using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Dashboard;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Dashboard;

/// <summary>Charts of the table's figures (Chart.js, drawn by <c>js/dashboard.js</c>), the same figures as tables and as CSV.</summary>
internal sealed class IndexModel(DashboardFigures figures, ObiDossier.Web.Reporting.ReleaseOverview releases, IStringLocalizer<UiText> text) : PageModel
{
    public DashboardData Data { get; private set; } = null!;

    /// <summary>Every release so far per route, legal basis and outcome (counts only; IND's figures, not shown to OM, who sees only the cases on its table).</summary>
    public IReadOnlyList<Figure> Releases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Data = await BuildAsync(ct);
        if (!User.ToActor().IsOm())
        {
            Releases = [.. (await releases.AllTimeAsync(ct)).Select(r => new Figure($"{r.Route}|{r.LegalBasisCode}|{r.Outcome}",
                $"{text[$"Route.{r.Route}"]} · {r.LegalBasisCode} · {text[$"Outcome.{r.Outcome}"]}", r.Count))];
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes((await BuildAsync(ct)).ToCsv()), "text/csv; charset=utf-8", "obidossier-dashboard.csv");

    private Task<DashboardData> BuildAsync(CancellationToken ct) =>
        figures.BuildAsync(User.ToActor(), s => text[$"State.{s}"], Dutch.Date, ct);

    public static string Json(IEnumerable<Figure> figures) =>
        System.Text.Json.JsonSerializer.Serialize(new { labels = figures.Select(f => f.Label), values = figures.Select(f => f.Value) });
}
