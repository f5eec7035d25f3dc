using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.WebUi;

/// <summary>The server-rendered web UI (Razor Pages under <c>Pages/</c>): services and pipeline.</summary>
internal static class UiSetup
{
    public static IServiceCollection AddObiDossierUi(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Login/Index");
            o.Conventions.AllowAnonymousToPage("/Login/Denied");
            o.Conventions.AddPageRoute("/Cases/Edit", "/zaken/{id:guid}/bewerken");
            o.Conventions.AddPageRoute("/Disclosures/Released", "/zaken/{id:guid}/persoonsgegevens");
            // The OBI desk: one set of pages for intake (/meldingen) and analysts (/signalen), one for
            // analysts and coordinators (/fenomeenbeeld) and partners (/rapportages); each behind the desk's policies.
            o.Conventions.AddPageRoute("/Obi/Signals/Index", "/signalen");
            o.Conventions.AddPageRoute("/Obi/Signals/Detail", "/signalen/{id:guid}");
            o.Conventions.AddPageRoute("/Obi/Signals/Action", "/signalen/{id:guid}/actie/{trigger}");
            o.Conventions.AddPageRoute("/Obi/Signals/Form", "/meldingen/{id:guid}/bewerken");
            o.Conventions.AddPageRoute("/Obi/Reports/Index", "/rapportages");
            o.Conventions.AddPageRoute("/Obi/Reports/Detail", "/rapportages/{id:guid}");
            o.Conventions.AuthorizeFolder("/Obi/Signals", Obi.ObiPolicies.SignalReader);
            foreach (var page in new[] { "/Obi/Signals/Form", "/Obi/Signals/Review", "/Obi/Signals/Reporter" })
                o.Conventions.AuthorizePage(page, Obi.ObiPolicies.Intake);
            o.Conventions.AuthorizeFolder("/Obi/Reports", Obi.ObiPolicies.ReportReader);
            o.Conventions.AuthorizePage("/Obi/Reports/Action", Obi.ObiPolicies.ReportActor);
            // The 1F pages are for the 1F roles; the desk's roles have their own menu.
            foreach (var folder in new[] { "/Cases", "/Sessions", "/Dashboard", "/Disclosures", "/Reporting" })
                o.Conventions.AuthorizeFolder(folder, AuthSetup.Policies.OneFRole);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__obidossier-af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        services.Configure<FormOptions>(o => o.ValueCountLimit = 200);
        services.AddScoped<WorkQueries>();
        services.AddScoped<Disclosures.DisclosureChecks>();
        services.AddScoped<Dashboard.DashboardFigures>();
        services.AddScoped<ObiLabels>();
        return services;
    }

    /// <summary>Security headers on every response; static files before authentication, so the login page is styled.</summary>
    public static WebApplication UseObiDossierUiHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        return app;
    }

    /// <summary>
    /// Dutch error pages (<c>/fout/{code}</c>) for UI requests: a status code without a body, and an
    /// unhandled exception (as a 500), are re-executed there. Registered inside the pipeline's
    /// general handlers: for the API, the dashboard and the health and OpenAPI routes this layer
    /// steps aside, and they keep the problem details of the handlers outside it.
    /// </summary>
    /// <remarks>
    /// Not a <c>UseWhen</c> branch: a branch has no global route builder, so a re-executed request
    /// would not be routed to the error page.
    /// </remarks>
    public static WebApplication UseObiDossierUiErrorPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ObiDossier.Web.UiErrors");
        app.Use(async (http, next) =>
        {
            if (!IsUi(http.Request.Path))
            {
                http.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
                await next(http);
                return;
            }
            try
            {
                await next(http);
            }
            catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
            {
                // The exception's message may quote input: it goes to the log at most, never to the page.
                logger.LogError(e, "A UI request failed; the error page is shown instead.");
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        });
        return app;
    }

    private static bool IsUi(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hangfire") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/openapi");

    public static WebApplication MapObiDossierUi(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>The signed-in user's display name, for the page header.</summary>
    public static string DisplayName(this System.Security.Claims.ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.ToActor().DisplayName : "";
}
