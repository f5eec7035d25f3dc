using ObiDossier.Benchmarks.Hosting;
using ObiDossier.Web.Tests.Resilience;
using static ObiDossier.Benchmarks.Performance.PerformanceReport;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>
/// The host's resident memory when idle on the embedded default (SQLite), started as the README's
/// "Publishing" section starts it: <c>dotnet ObiDossier.Web.dll</c> in Production with an OpenID
/// Connect authority, from another working directory. Measured twice, each after a first request
/// (an unauthenticated API call: a 401, audited) has settled: on a fresh data folder (created and
/// migrated at start-up) and on a restart over that folder (what a running service sees).
/// </summary>
internal static class IdleMemoryBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(BenchArgs args, PerformanceReport report)
    {
        var dataDir = Path.Combine(args.WorkDir, "idle");
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        Directory.CreateDirectory(dataDir);
        var fresh = await MeasureAsync(dataDir);
        var restart = await MeasureAsync(dataDir);
        Directory.Delete(dataDir, recursive: true);
        report.Section($"""
            ## Idle memory on the embedded default

            `dotnet ObiDossier.Web.dll` (this build's output) in Production with `ObiDossier:Auth:Authority` set, SQLite in a data folder of its own;
            one unauthenticated `GET /api/v1/cases` (401) after `/health/ready`, then {Settle.TotalSeconds:0} s idle.

            | start | resident at ready (VmRSS) MiB | resident idle after the first request MiB | peak (VmHWM) MiB |
            |---|---:|---:|---:|
            | fresh data folder (created and migrated) | {F(fresh.Ready)} | {F(fresh.Idle)} | {F(fresh.Peak)} |
            | restart over that folder | {F(restart.Ready)} | {F(restart.Idle)} | {F(restart.Peak)} |
            """);
        report.Target("host resident memory idle after start-up (embedded default)", $"{F(fresh.Idle)} MiB (peak {F(fresh.Peak)})", "< 150 MiB", fresh.Idle < 150,
            "fresh data folder, after a first request");
        report.Target("host resident memory idle after a restart (embedded default)", $"{F(restart.Idle)} MiB (peak {F(restart.Peak)})", "< 150 MiB", restart.Idle < 150,
            "existing data folder, after a first request");
    }

    private static async Task<(double Ready, double Idle, double Peak)> MeasureAsync(string dataDir)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ObiDossier__Auth__Authority"] = "https://login.example.org/realms/obi",
            ["ObiDossier__DataDir"] = dataDir,
        };
        await using var host = await HostProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "ObiDossier.Web.dll"), dataDir, environment,
            ["--Logging:LogLevel:Default=Warning"]);
        var ready = ProcMemory.CurrentMiB(host.ProcessId) ?? double.NaN;
        using (var client = new HttpClient { BaseAddress = host.Address })
        {
            using var response = await client.GetAsync("/api/v1/cases");
        }
        await Task.Delay(Settle); // the background services (sealer, jobs) take their first turns
        return (ready, ProcMemory.CurrentMiB(host.ProcessId) ?? double.NaN, ProcMemory.PeakMiB(host.ProcessId) ?? double.NaN);
    }
}
