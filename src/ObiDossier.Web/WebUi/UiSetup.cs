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
        services.AddScoped<Pages.Disclosures.DisclosureChecks>();
        services.AddScoped<Pages.Dashboard.DashboardFigures>();
        return services;
    }

    /// <summary>Security headers on every response; static files before authentication, so the login page is styled.</summary>
    public static WebApplication UseObiDossierUiHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapObiDossierUi(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>The signed-in user's display name, for the page header.</summary>
    public static string DisplayName(this System.Security.Claims.ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.ToActor().DisplayName : "";
}
