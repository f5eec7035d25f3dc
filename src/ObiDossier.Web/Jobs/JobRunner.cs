using Hangfire;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// One background job: scans stored state and does what is due, so running it twice, or after a
/// restart, does nothing twice. Returns a one-line summary for the log and the <c>jobs run</c> verb.
/// </summary>
internal interface IScheduledJob
{
    Task<string> RunAsync(CancellationToken ct);
}

/// <summary>
/// What Hangfire (recurring and enqueued) and the <c>jobs run</c> verb call: runs a job by name.
/// Hangfire stores only the name, so nothing it keeps can go stale against the database.
/// </summary>
internal sealed class JobRunner(IServiceProvider services, ILogger<JobRunner> logger)
{
    public static bool IsKnown(string name) => JobNames.All.Contains(name, StringComparer.Ordinal);

    // One job at a time per storage: the jobs are short, and several of them move the same cases
    // (on SQLite there is one writer anyway).
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string> RunAsync(string name, CancellationToken ct)
    {
        if (!IsKnown(name)) throw new ArgumentException($"There is no background job '{name}'.", nameof(name));
        var job = services.GetRequiredKeyedService<IScheduledJob>(name);
        string summary;
        try
        {
            summary = await job.RunAsync(ct);
        }
        catch
        {
            Telemetry.ObiMetrics.JobRun(name, succeeded: false);
            throw;
        }
        Telemetry.ObiMetrics.JobRun(name, succeeded: true);
        logger.LogInformation("Background job {Job}: {Summary}", name, summary);
        return summary;
    }
}
