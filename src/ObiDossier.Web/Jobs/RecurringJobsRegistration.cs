using Hangfire;
using Microsoft.Extensions.Options;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// Registers every job with its configured cron at start-up (AddOrUpdate: several instances and
/// restarts register the same ids), and enqueues <c>create-sessions</c> once so a fresh host shows
/// upcoming sessions. Runs after the database initialiser (which migrates in its Starting phase).
/// </summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<ScheduleOptions> options,
    LegalCalendar calendar, ILogger<RecurringJobsRegistration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var zone = calendar.Zone;
        foreach (var (name, schedule) in o.ByJob())
        {
            var job = name;
            recurring.AddOrUpdate<JobRunner>(job, runner => runner.RunAsync(job, CancellationToken.None), schedule.Cron,
                new RecurringJobOptions { TimeZone = zone });
        }
        if (o.CreateSessions.RunAtStartup)
            jobs.Enqueue<JobRunner>(runner => runner.RunAsync(JobNames.CreateSessions, CancellationToken.None));
        logger.LogInformation("{Count} recurring jobs registered ({Zone}).", o.ByJob().Count, o.TimeZone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
