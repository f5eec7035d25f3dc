using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.FormalReports;

/// <summary>
/// <c>GET /cases/{id}/formal-report</c>: the signed formal report for a recipient of the approved
/// disclosure (others 404, other roles 403, after retention 410). Never cached.
/// </summary>
internal static class FormalReportApi
{
    public static void MapFormalReport(this RouteGroupBuilder cases) =>
        cases.MapGet("/{id:guid}/formal-report", DownloadAsync).RequireAuthorization(AuthSetup.Policies.OmProsecutor)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, HttpContext http, FormalReportService reports, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var result = await reports.CreateAsync(id, http.User.ToActor(), ct);
        if (result.Error is not null) return result.Error.ToProblem();
        return TypedResults.File(result.Value!.Pdf, "application/pdf", result.Value.FileName);
    }
}

/// <summary>Registers the formal report.</summary>
internal static class FormalReportServices
{
    public static IServiceCollection AddFormalReports(this IServiceCollection services)
    {
        services.AddOptions<ReleaseSigningOptions>().BindConfiguration(ReleaseSigningOptions.Section);
        // The report's texts come from UiText.resx, also in the verbs' host, which has no UI (a second call is a no-op).
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ReleaseSigningCertificate>();
        services.AddScoped<FormalReportService>();
        return services;
    }
}
