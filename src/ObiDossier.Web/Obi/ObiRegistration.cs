using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Obi;

/// <summary>The desk's services and routes, plugged in beside the 1F table's.</summary>
internal static class ObiRegistration
{
    public static IServiceCollection AddObiDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ObiOptions>().Bind(configuration.GetSection(ObiOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ObiOptions>, ObiOptionsValidator>();
        services.AddScoped<ObiReporterVault>();
        services.AddScoped<ObiSignalScan>();
        services.AddScoped<Commands.IWorkflowStore, ObiSignalStore>();
        services.AddScoped<Commands.IWorkflowStore, ObiReportStore>();
        services.AddScoped<ObiSignalCommands>();
        services.AddScoped<ObiReportCommands>();
        services.AddScoped<ObiSignalReads>();
        services.AddScoped<ObiReportReads>();
        return services;
    }

    /// <summary><c>/api/v1/obi/signals</c> and <c>/api/v1/obi/reports</c>.</summary>
    public static void MapObi(this IEndpointRouteBuilder api)
    {
        var obi = api.MapGroup("/obi");
        obi.MapObiSignals();
        obi.MapObiReports();
    }

    /// <summary>Names every fault (the key and what is wrong), not just "invalid".</summary>
    private sealed class ObiOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<ObiOptions>
    {
        public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, ObiOptions options)
        {
            var faults = options.Faults();
            return faults.Count == 0
                ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
                : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(faults);
        }
    }
}
