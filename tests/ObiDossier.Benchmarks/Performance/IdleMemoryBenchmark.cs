using ObiDossier.Benchmarks.Hosting;
using ObiDossier.Web.Tests.Resilience;
using static ObiDossier.Benchmarks.Performance.PerformanceReport;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>The host's resident memory after start-up on the embedded default (a fresh SQLite data folder), before any request.</summary>
internal static class IdleMemoryBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(BenchArgs args, PerformanceReport report)
    {
        var dataDir = Path.Combine(args.WorkDir, "idle");
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        double? rss, peak;
        await using (var host = await HostProcess.StartAsync(dataDir))
        {
            await Task.Delay(Settle); // let the background services (sealer, jobs) take their first turns
            rss = ProcMemory.CurrentMiB(host.ProcessId);
            peak = ProcMemory.PeakMiB(host.ProcessId);
        }
        Directory.Delete(dataDir, recursive: true);
        report.Section($"""
            ## Idle memory on the embedded default

            A fresh data folder (SQLite, created and migrated at start-up), {Settle.TotalSeconds:0} s after `/health/ready`, no request served:
            resident now (VmRSS) {F(rss ?? double.NaN)} MiB, peak so far (VmHWM) {F(peak ?? double.NaN)} MiB.
            """);
        report.Target("host resident memory idle after start-up (embedded default)", $"{F(rss ?? double.NaN)} MiB (peak {F(peak ?? double.NaN)})", "< 150 MiB", rss < 150);
    }
}
