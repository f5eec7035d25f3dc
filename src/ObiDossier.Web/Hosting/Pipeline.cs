using ObiDossier.Web.Reporting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using ObiDossier.Web.Anonymisation;
using ObiDossier.Web.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.Notifications;
using ObiDossier.Web.Obi;
using ObiDossier.Web.ProcessingLog;
using ObiDossier.Web.Sessions;
using ObiDossier.Web.WebUi;
using ObiDossier.Web.Workflows;

namespace ObiDossier.Web.Hosting;

internal static class Pipeline
{
    public const string ApiPrefix = "/api/v1";

    public static WebApplication UseObiDossier(this WebApplication app)
    {
        app.UseObiDossierHttp();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseObiDossierUiErrorPages();
        app.UseRequestLimits();
        app.UseRateLimiter();
        app.UseObiDossierUiHeaders();
        app.UseAuthentication();
        app.UseAuthorization();

        var api = app.MapGroup(ApiPrefix);
        api.MapCases();
        api.MapSessions();
        api.MapLegalBases();
        api.MapAudit();
        api.MapProcessingLog();
        api.MapWorkflows();
        api.MapAnonymisation();
        api.MapNotifications();
        api.MapReleaseReports();
        api.MapObi();
        app.UseObiDossierDashboard();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api-reference", o => o.WithTitle("ObiDossier API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapObiDossierUi();
        return app;
    }
}
