using ObiDossier.Web.Hosting.Providers;
using ObiDossier.Infrastructure.Data;
using Hangfire;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;

namespace ObiDossier.Web.Jobs;

/// <summary>The <c>ObiDossier:Jobs</c> section: whether this instance runs the Hangfire server.</summary>
public sealed class JobsHostOptions
{
    public const string Section = "ObiDossier:Jobs";

    /// <summary>Process jobs in this instance (default). Off for a web-only instance, or in tests that drive jobs themselves.</summary>
    public bool Server { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}

internal static class HangfireSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire client, storage, recurring jobs and (unless turned off) the server, for the web host.</summary>
    public static IServiceCollection AddObiDossierHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsHostOptions>().Bind(configuration.GetSection(JobsHostOptions.Section))
            .Validate(o => o.WorkerCount is >= 1 and <= 32, "ObiDossier:Jobs:WorkerCount must be between 1 and 32.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IDatabaseProvider>().CreateJobStorage(sp.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));

        var host = configuration.GetSection(JobsHostOptions.Section).Get<JobsHostOptions>() ?? new JobsHostOptions();
        if (host.Server) services.AddHangfireServer(o => o.WorkerCount = host.WorkerCount);
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    public static WebApplication UseObiDossierDashboard(this WebApplication app)
    {
        // The filter decides (401 anonymous, 403 not admin): the endpoint itself is open to it.
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "ObiDossier background jobs",
        }).AllowAnonymous();
        return app;
    }
}
