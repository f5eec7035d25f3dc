using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;
using ObiDossier.Web.FormalReports;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.Obi;
using ObiDossier.Web.ProcessingLog;
using ObiDossier.Web.Sessions;
using ObiDossier.Web.Telemetry;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Hosting;

/// <summary>The <c>ObiDossier:Workflows</c> section.</summary>
public sealed class WorkflowOptions
{
    /// <summary>The folder of workflow definitions; by default the copy beside the executable.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflows");
}

internal static class ServiceRegistration
{
    /// <summary>What both the web host and the command-line verbs need.</summary>
    public static IServiceCollection AddObiDossierCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ObiDossierOptions>().Bind(configuration.GetSection(ObiDossierOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDir), "ObiDossier:DataDir must name a folder.")
            .Validate(o => Enum.IsDefined(o.Database.Provider), "ObiDossier:Database:Provider must be Sqlite, SqlServer or PostgreSql.")
            .ValidateOnStart();
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection("ObiDossier:Workflows"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ShippedWorkflows.Guards());
        services.AddSingleton(_ => ShippedWorkflows.Effects());
        services.AddSingleton(sp =>
        {
            var (guards, effects) = (sp.GetRequiredService<GuardRegistry>(), sp.GetRequiredService<EffectRegistry>());
            var directory = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.Directory;
            return new WorkflowEngine(WorkflowLoader.LoadCatalog(directory, guards, effects, requireAllUsed: true), guards, effects);
        });
        services.AddObiDossierDatabase(configuration);
        services.AddVault();
        services.AddAuditTrail();
        services.AddSingleton<AnonymisationScanner>();
        services.AddSingleton<LegalCalendar>();
        services.AddSingleton<DatabaseInitialiser>();
        services.AddScoped<ProcessingLogWriter>();
        services.AddSingleton<WriterGate>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<WorkflowCommands>();
        services.AddScoped<IWorkflowStore, CaseStore>();
        services.AddScoped<IWorkflowStore, SessionStore>();
        services.AddObiDesk(configuration);
        services.AddScoped<CaseCommands>();
        services.AddScoped<CaseViews>();
        services.AddScoped<CaseHistory>();
        services.AddScoped<CaseTeam>();
        services.AddScoped<CaseTexts>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<SessionMinutes>();
        services.AddScoped<Reporting.ReleaseOverview>();
        services.AddObiDossierJobs(configuration);
        services.AddScoped<PersonalDataReader>();
        services.AddFormalReports();
        services.AddScoped<LegalBases.LegalBasisChanges>();
        services.AddReadModels();
        return services;
    }

    public static WebApplicationBuilder AddObiDossierWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddObiDossierCore(builder.Configuration);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitialiser>());
        builder.Services.AddHostedService<AuditSealingService>();
        builder.Services.AddHostedService<StartupMemoryRelease>();
        builder.Services.AddObiDossierHangfire(builder.Configuration);
        builder.Services.AddObiDossierAuth(builder.Configuration, builder.Environment);
        builder.Services.AddObiDossierUi();
        builder.Services.AddObiDossierDataProtection();
        builder.Services.AddObiDossierHttp(builder.Configuration);
        builder.Services.AddSignInRateLimit(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = BadRequestHandler.IsQuiet);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("database", tags: ["ready"]);
        builder.Services.AddObiDossierTelemetry(builder.Configuration);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.MaxDepth = 16;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        EnsureRequestActivities();
        return builder;
    }

    private static ActivityListener? _listener;

    /// <summary>ASP.NET Core starts a request Activity only when someone listens: the trace ids of audit and processing records need one.</summary>
    private static void EnsureRequestActivities()
    {
        if (_listener is not null) return;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(_listener);
    }
}
