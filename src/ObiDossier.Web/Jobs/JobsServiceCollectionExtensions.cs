using ObiDossier.Web.Notifications;

namespace ObiDossier.Web.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>The jobs, their schedule options and the notification services: what both the host and the <c>jobs</c> verbs need.</summary>
    public static IServiceCollection AddObiDossierJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Host), "ObiDossier:Mail:Host is required when ObiDossier:Mail:Enabled is true.")
            .Validate(o => o.Port is > 0 and < 65536, "ObiDossier:Mail:Port must be a TCP port.")
            .Validate(o => o.MaxAttempts >= 1, "ObiDossier:Mail:MaxAttempts must be at least 1.")
            .ValidateOnStart();

        services.AddScoped<NotificationWriter>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<JobRunner>();
        services.AddScoped<SystemActions>();
        services.AddKeyedScoped<IScheduledJob, CreateSessionsJob>(JobNames.CreateSessions);
        services.AddKeyedScoped<IScheduledJob, FreezeAgendasJob>(JobNames.FreezeAgendas);
        services.AddKeyedScoped<IScheduledJob, ResponseDeadlinesJob>(JobNames.ResponseDeadlines);
        services.AddKeyedScoped<IScheduledJob, RemindersJob>(JobNames.Reminders);
        services.AddKeyedScoped<IScheduledJob, RetentionJob>(JobNames.Retention);
        services.AddKeyedScoped<IScheduledJob, AuditCheckpointJob>(JobNames.AuditCheckpoint);
        services.AddKeyedScoped<IScheduledJob, OutboxJob>(JobNames.Outbox);
        services.AddKeyedScoped<IScheduledJob, Obi.ObiRetentionJob>(JobNames.ObiRetention);
        return services;
    }

    /// <summary>Names every fault (the key and what is wrong), not just "invalid".</summary>
    private sealed class ScheduleOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<ScheduleOptions>
    {
        public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, ScheduleOptions options)
        {
            var faults = options.Faults();
            return faults.Count == 0
                ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
                : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(faults);
        }
    }
}
