using System.Globalization;
using Microsoft.Extensions.Options;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Cli;

/// <summary><c>jobs list</c> and <c>jobs run JOB [--now ISO8601]</c>: the background jobs without the web host.</summary>
internal static class JobVerbs
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandLine.Options(args, out var positional);
        switch (positional.FirstOrDefault())
        {
            case "list":
                return await ListAsync(args);
            case "run" when positional.Count == 2:
                return await RunOneAsync(positional[1], options.GetValueOrDefault("now"), args);
            default:
                return CommandLine.PrintUsage(Console.Error, 2, "Use 'jobs list' or 'jobs run JOB [--now ISO8601]'.");
        }
    }

    private static async Task<int> ListAsync(string[] args)
    {
        await using var host = CommandLine.BuildToolHost(args);
        var schedule = host.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var calendar = host.Services.GetRequiredService<LegalCalendar>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Console.WriteLine($"{"job",-20} {"cron",-16} {"next run (" + schedule.TimeZone + ")",-32} next run (UTC)");
        foreach (var (name, job) in schedule.ByJob())
        {
            var next = schedule.NextRun(name, now, calendar.Zone);
            var local = next is { } n ? calendar.Local(n).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "never";
            var utc = next?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "never";
            Console.WriteLine($"{name,-20} {job.Cron,-16} {local,-32} {utc}");
        }
        return 0;
    }

    private static async Task<int> RunOneAsync(string name, string? nowText, string[] args)
    {
        if (!JobRunner.IsKnown(name))
            return CommandLine.PrintUsage(Console.Error, 2, $"Unknown job '{name}'. Jobs: {string.Join(", ", JobNames.All)}.");
        TimeProvider? clock = null;
        if (nowText is not null)
        {
            if (!DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now))
                return CommandLine.PrintUsage(Console.Error, 2, $"--now '{nowText}' is not an ISO 8601 time.");
            clock = new ShiftedTimeProvider(now);
        }

        await using var host = CommandLine.BuildToolHost(args, services =>
        {
            if (clock is not null) services.AddSingleton(clock);
        });
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(name, CancellationToken.None);
        Console.WriteLine($"{name}: {summary}");
        return 0;
    }

    /// <summary>A clock that starts at the given moment and then runs on, so that times within the run still order.</summary>
    private sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan _shift = start - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
    }
}
