using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Reporting;

/// <summary>How many releases of one route, on one legal basis, had one outcome (<see cref="ReleaseOverview.NotRecorded"/> while OM has not said).</summary>
public sealed record ReleaseCount(string Route, string LegalBasisCode, string Outcome, int Count);

/// <summary>The releases of a year (by the Dutch date of approval), counted per route, legal basis and outcome: the figures of the report to parliament.</summary>
public sealed record YearlyOverview(int Year, int Releases, IReadOnlyList<ReleaseCount> Counts)
{
    public string ToCsv()
    {
        var csv = new StringBuilder("year,route,legalBasisCode,outcome,count\n");
        foreach (var c in Counts) csv.Append(CultureInfo.InvariantCulture, $"{Year},{c.Route},{c.LegalBasisCode},{c.Outcome},{c.Count}\n");
        return csv.ToString();
    }
}

/// <summary>
/// Counts the approved disclosures (releases) per route, legal basis and outcome. Counts only:
/// no case, no person, no prosecutor, so the figures can leave the service as they are.
/// </summary>
internal sealed class ReleaseOverview(ObiDossierDbContext db, LegalCalendar calendar)
{
    /// <summary>The outcome of a release OM has not recorded yet.</summary>
    public const string NotRecorded = "not-recorded";

    public async Task<YearlyOverview> ForYearAsync(int year, CancellationToken ct)
    {
        var releases = await AllAsync(ct);
        var inYear = releases.Where(r => calendar.Today(r.At).Year == year).ToList();
        return new YearlyOverview(year, inYear.Count, Count(inYear));
    }

    /// <summary>Every release so far, counted the same way (the dashboard's figures).</summary>
    public async Task<IReadOnlyList<ReleaseCount>> AllTimeAsync(CancellationToken ct) => Count(await AllAsync(ct));

    private static List<ReleaseCount> Count(IEnumerable<Release> releases) =>
        [.. releases.GroupBy(r => (r.Route, r.LegalBasisCode, Outcome: r.Outcome ?? NotRecorded))
            .Select(g => new ReleaseCount(g.Key.Route, g.Key.LegalBasisCode, g.Key.Outcome, g.Count()))
            .OrderBy(c => c.Route, StringComparer.Ordinal).ThenBy(c => c.LegalBasisCode, StringComparer.Ordinal).ThenBy(c => c.Outcome, StringComparer.Ordinal)];

    private async Task<List<Release>> AllAsync(CancellationToken ct) =>
        [.. (await db.Set<DisclosureEntity>().AsNoTracking().Where(d => d.Status == DisclosureStatus.Approved && d.ReviewedAt != null)
                .Select(d => new { d.Route, d.LegalBasisCode, d.Outcome, d.ReviewedAt }).ToListAsync(ct))
            .Select(d => new Release(d.Route, d.LegalBasisCode, d.Outcome, d.ReviewedAt!.Value))];

    private sealed record Release(string Route, string LegalBasisCode, string? Outcome, DateTimeOffset At);
}
