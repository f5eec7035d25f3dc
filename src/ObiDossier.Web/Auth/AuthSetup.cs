using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ObiDossier.Domain;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Auth;

internal static class AuthSetup
{
    /// <summary>Policy names: one per role, plus combinations used by several routes.</summary>
    public static class Policies
    {
        public const string IndOfficer = Roles.IndOfficer;
        public const string OmProsecutor = Roles.OmProsecutor;
        public const string LegalReviewer = Roles.LegalReviewer;
        public const string Auditor = Roles.Auditor;
        public const string Admin = Roles.Admin;
        /// <summary>Every role of both desks: only the workflow definitions, which hold no data, are read by all.</summary>
        public const string AnyRole = "any-role";

        /// <summary>Any role of the 1F table (<see cref="Roles.OneF"/>): its routes refuse the OBI desk's roles (403).</summary>
        public const string OneFRole = "one-f-role";

        /// <summary><c>POST /anonymisation/scan</c>: an IND officer (against a case) or an OBI intake officer (against a signal).</summary>
        public const string Scanner = "scanner";
        public const string AuditorOrAdmin = "auditor-or-admin";
        public const string PersonalDataReader = "personal-data-reader";

        /// <summary>Who keeps the legal-basis registry: admins propose, legal reviewers decide, auditors look on.</summary>
        public const string RegistryReader = "registry-reader";
    }

    public static IServiceCollection AddObiDossierAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .PostConfigure(o => o.Development ??= environment.IsDevelopment())
            // Development sign-in lets anyone be anyone: a host outside Development refuses to start with it on.
            .Validate(o => o.Development != true || environment.IsDevelopment(),
                $"ObiDossier:Auth:Development=true is allowed only in the Development environment, not in '{environment.EnvironmentName}': " +
                "remove the setting and configure ObiDossier:Auth:Authority.")
            .Validate(o => o.Development == true || !string.IsNullOrWhiteSpace(o.Authority),
                "ObiDossier:Auth:Authority is required when development auth is off (ObiDossier:Auth:Development=false).")
            .ValidateOnStart();
        services.AddSingleton<DevTokens>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler>(ObiOrganisationRequirement.Instance);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorization>();

        services.AddAuthentication(UiAuthentication.Scheme).AddJwtBearer().AddUiSchemes(configuration, environment);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, DevTokens>((jwt, auth, dev) =>
            {
                var a = auth.Value;
                jwt.MapInboundClaims = false;
                jwt.Audience = a.Audience;
                jwt.TokenValidationParameters.RoleClaimType = DevTokens.RoleClaim;
                jwt.TokenValidationParameters.NameClaimType = DevTokens.NameClaim;
                jwt.TokenValidationParameters.ValidAudience = a.Audience;
                if (a.Development == true)
                {
                    jwt.TokenValidationParameters.ValidIssuer = DevTokens.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = dev.SigningKey;
                    jwt.RequireHttpsMetadata = false;
                }
                else
                {
                    jwt.Authority = a.Authority;
                }
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
                jwt.Events ??= new JwtBearerEvents();
                jwt.Events.OnTokenValidated = SingleRole.RejectOthersAsync;
                jwt.TokenValidationParameters.ValidAlgorithms = a.Development == true
                    ? [SecurityAlgorithms.HmacSha256]
                    : null;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.IndOfficer, p => p.RequireRole(Roles.IndOfficer))
            .AddPolicy(Policies.OmProsecutor, p => p.RequireRole(Roles.OmProsecutor))
            .AddPolicy(Policies.LegalReviewer, p => p.RequireRole(Roles.LegalReviewer))
            .AddPolicy(Policies.Auditor, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.AuditorOrAdmin, p => p.RequireRole(Roles.Auditor, Roles.Admin))
            .AddPolicy(Policies.PersonalDataReader, p => p.RequireRole(Roles.IndOfficer, Roles.OmProsecutor))
            .AddPolicy(Policies.RegistryReader, p => p.RequireRole(Roles.Admin, Roles.LegalReviewer, Roles.Auditor))
            .AddPolicy(Policies.AnyRole, p => p.RequireRole([.. Roles.Human]).AddRequirements(Obi.ObiOrganisationRequirement.Instance))
            .AddPolicy(Policies.OneFRole, p => p.RequireRole([.. Roles.OneF]))
            .AddPolicy(Policies.Scanner, p => p.RequireRole(Roles.IndOfficer, Domain.Obi.ObiRoles.Intake).AddRequirements(Obi.ObiOrganisationRequirement.Instance))
            .AddObiPolicies()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
