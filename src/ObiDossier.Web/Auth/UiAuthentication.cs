using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ObiDossier.Web.Auth;

/// <summary>
/// The web UI signs in with a cookie, the API keeps bearer tokens. A policy scheme picks one per
/// request, so the cookie never authenticates an API call (no cross-site request forgery there)
/// and a token never opens a page.
/// </summary>
internal static class UiAuthentication
{
    public const string Scheme = "obidossier";
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OpenIdConnect = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Idle time after which a UI session ends; each request within it renews it.</summary>
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(30);

    public static AuthenticationBuilder AddUiSchemes(this AuthenticationBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var development = (auth.Development ?? environment.IsDevelopment()) && environment.IsDevelopment();
        var useOidc = !development && !string.IsNullOrWhiteSpace(auth.Authority);

        builder.AddPolicyScheme(Scheme, "API token or UI cookie", o => o.ForwardDefaultSelector = SelectScheme);
        builder.AddCookie(Cookie, o =>
        {
            o.Cookie.Name = "__obidossier";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = SessionTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/geen-toegang";
            o.ReturnUrlParameter = "terug";
            if (useOidc) o.ForwardChallenge = OpenIdConnect;
        });
        if (useOidc)
        {
            builder.AddOpenIdConnect(OpenIdConnect, o =>
            {
                o.Authority = auth.Authority;
                o.ClientId = auth.ClientId ?? auth.Audience;
                o.ClientSecret = auth.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = Cookie;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SaveTokens = false;
                o.TokenValidationParameters.RoleClaimType = DevTokens.RoleClaim;
                o.TokenValidationParameters.NameClaimType = DevTokens.NameClaim;
                o.Scope.Add("profile");
                o.Events.OnTicketReceived = SingleRole.RejectOthersAsync;
            });
        }
        return builder;
    }

    /// <summary>Bearer tokens for the API (and for any request that brings one), the cookie for pages.</summary>
    private static string SelectScheme(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? JwtBearerDefaults.AuthenticationScheme
            : Cookie;

    /// <summary>The cookie principal of a development login: the same claims a development token carries.</summary>
    public static ClaimsPrincipal DevelopmentPrincipal(string userId, string role, string organisation, string displayName) =>
        new(new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId),
                new Claim(DevTokens.RoleClaim, role),
                new Claim(DevTokens.OrganisationClaim, organisation),
                new Claim(DevTokens.NameClaim, displayName),
            ],
            Cookie, DevTokens.NameClaim, DevTokens.RoleClaim));
}
