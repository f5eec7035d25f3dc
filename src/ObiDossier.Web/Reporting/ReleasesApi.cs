using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Reporting;

/// <summary>
/// <c>GET /api/v1/reports/releases?year=</c> (JSON) and <c>GET /api/v1/reports/releases.csv?year=</c>:
/// the yearly overview for the ministry's report to parliament, for admins and auditors.
/// </summary>
internal static class ReleasesApi
{
    public static RouteGroupBuilder MapReleaseReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/reports").WithTags("Reports").RequireAuthorization(AuthSetup.Policies.AuditorOrAdmin);
        group.MapGet("/releases", GetAsync);
        group.MapGet("/releases.csv", CsvAsync);
        return group;
    }

    public static async Task<Results<Ok<YearlyOverview>, ProblemHttpResult>> GetAsync(int? year, ReleaseOverview overview, CancellationToken ct) =>
        Valid(year) ? TypedResults.Ok(await overview.ForYearAsync(year!.Value, ct)) : YearRequired();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(int? year, ReleaseOverview overview, CancellationToken ct) =>
        Valid(year)
            ? TypedResults.File(Encoding.UTF8.GetBytes((await overview.ForYearAsync(year!.Value, ct)).ToCsv()), "text/csv; charset=utf-8", $"obidossier-releases-{year}.csv")
            : YearRequired();

    private static bool Valid(int? year) => year is >= 2000 and <= 9999;

    private static ProblemHttpResult YearRequired() => Problems.BadRequest("A year (2000-9999) is required: ?year=2026.");
}
