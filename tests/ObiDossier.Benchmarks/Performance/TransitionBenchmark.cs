using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using ObiDossier.Benchmarks.Data;
using ObiDossier.Benchmarks.Hosting;
using static ObiDossier.Benchmarks.Performance.PerformanceReport;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>
/// Audited transitions per second over HTTP (<c>reject-anonymisation</c> on seeded cases, each
/// case once) with 1, 8 and 32 concurrent clients, the host's peak memory under that load, and
/// then, in the same run, the database's own limit for a plain transaction of the same writes.
/// </summary>
internal static class TransitionBenchmark
{
    public static readonly int[] ClientCounts = [1, 8, 32];
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Before the first level, the host's code is brought to its tiered-up, steady state: in the first
    /// tens of seconds of load the runtime's re-compilation took about a third of the host's CPU, so the
    /// levels measured the JIT rather than the request path. Bounded by requests too, to leave cases.
    /// </summary>
    private const int SteadyStateRequests = 10_000;
    private static readonly TimeSpan SteadyStateLimit = TimeSpan.FromSeconds(60);
    private const string Body = """{"motivation":"Benchmark: not anonymous enough."}""";

    private sealed record HttpLevel(int Clients, double PerSecond, LatencyStats Latency, int Failures, string? FirstFailure)
    {
        /// <summary>Host CPU (user + system) per successful transition, in ms.</summary>
        public double CpuMs { get; init; } = double.NaN;
    }

    public static async Task RunAsync(IBenchDatabase db, BenchArgs args, PerformanceReport report)
    {
        var cases = CaseRows.ForHttp(args.Cases);
        var next = -1;
        var levels = new List<HttpLevel>();
        double? peak;
        await using (var host = await BenchHost.StartAsync(db.DataDir, db.HostSettings, CaseRows.Officer, "ind-officer"))
        {
            await LoadAsync(host.Client, cases, () => Interlocked.Increment(ref next), 8, SteadyStateLimit, SteadyStateRequests);
            foreach (var clients in ClientCounts)
            {
                await LoadAsync(host.Client, cases, () => Interlocked.Increment(ref next), clients, WarmUp);
                var cpu = ProcCpu.Used(host.ProcessId);
                var level = await LoadAsync(host.Client, cases, () => Interlocked.Increment(ref next), clients, TimeSpan.FromSeconds(args.Seconds));
                levels.Add(level with { CpuMs = ((ProcCpu.Used(host.ProcessId) - cpu)?.TotalMilliseconds ?? double.NaN) / (level.Latency.Count + level.Failures) });
            }
            peak = ProcMemory.PeakMiB(host.ProcessId);
        }

        var baselines = new List<BaselineResult>();
        foreach (var clients in ClientCounts) baselines.Add(await db.BaselineAsync(clients, args.Seconds, args.Cases));

        var text = new StringBuilder();
        text.AppendLine("## Audited transitions over HTTP, and the database's own limit for the same writes");
        text.AppendLine();
        text.AppendLine($"`POST /api/v1/cases/{{id}}/actions/reject-anonymisation` by an ind-officer on cases seeded in AnonymisationReview, each case once; " +
            $"first {SteadyStateRequests:N0} transitions (at most {SteadyStateLimit.TotalSeconds:0} s) at 8 clients to bring the host's code to its steady state (tiered compilation), then " +
            $"{WarmUp.TotalSeconds:0} s warm-up and {args.Seconds} s measured per level. Baseline: {baselines[0].Tool}, the same three statements " +
            $"(case update, history insert, audit insert) in one transaction, with the host stopped. Database: {db.Description}.");
        text.AppendLine();
        text.AppendLine("| clients | HTTP tx/s | p50 ms | p95 ms | p99 ms | failed | host CPU ms/tx | baseline tx/s | baseline p99 ms | baseline CPU ms/tx | ratio |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < levels.Count; i++)
        {
            var (h, b) = (levels[i], baselines[i]);
            text.AppendLine($"| {h.Clients} | {F(h.PerSecond)} | {F(h.Latency.P50, "0.0")} | {F(h.Latency.P95, "0.0")} | {F(h.Latency.P99, "0.0")} | {h.Failures} | {F(h.CpuMs, "0.00")} " +
                $"| {F(b.TransactionsPerSecond)} | {(b.P99 is { } p ? F(p, "0.0") : "–")} | {F(b.CpuMs ?? double.NaN, "0.00")} | {F(h.PerSecond / b.TransactionsPerSecond, "0.00")} |");
        }
        if (levels.FirstOrDefault(l => l.FirstFailure is not null) is { } failed) text.AppendLine($"\nFirst failure: {failed.FirstFailure}");
        text.AppendLine();
        text.AppendLine("CPU per transaction is the host process's user + system time over the level divided by the requests served " +
            "(the load generator's own CPU not included); for the baseline, the loop's process CPU per transaction, or none for pgbench (its work is in the server).");
        text.AppendLine();
        text.AppendLine($"Host peak resident memory (VmHWM) over start-up and all three levels: {F(peak ?? double.NaN)} MiB.");
        report.Section(text.ToString());

        var top = levels[^1];
        var ratio = top.PerSecond / baselines[^1].TransactionsPerSecond;
        report.Target("transitions/s at 32 clients ÷ plain transaction", $"{F(top.PerSecond)} ÷ {F(baselines[^1].TransactionsPerSecond)} = {F(ratio, "0.00")}",
            "≥ 0.5", ratio >= 0.5, $"{F(ratio / 0.5 * 100)} % of the target; host CPU {F(top.CpuMs, "0.00")} ms per transition, the plain transaction's {F(baselines[^1].CpuMs ?? double.NaN, "0.00")} ms; host CPU ÷ 0.4 ms target = {F(top.CpuMs / 0.4, "0.0")}×"
            + (ratio >= 0.5 ? "" : $"; {WhereTheTimeGoes}"));
        report.Target("transition p99 at 32 clients", $"{F(top.Latency.P99, "0.0")} ms", "< 50 ms", top.Latency.P99 < 50,
            $"{F(top.Latency.P99 / 50, "0.0")}× the limit; p50 {F(top.Latency.P50, "0.0")} ms; "
            + $"32 clients in a closed loop wait 32 ÷ {F(top.PerSecond)} tx/s = {F(32_000 / top.PerSecond, "0.0")} ms on average (Little's law), "
            + "so a p99 under 50 ms needs more than 640 tx/s even with no spread");
        report.Target("host peak RSS under 32-client load", $"{F(peak ?? double.NaN)} MiB", "< 400 MiB", peak < 400);
    }

    /// <summary>The database's own limit alone, when the host cannot run on the provider.</summary>
    public static async Task BaselineOnlyAsync(IBenchDatabase db, BenchArgs args, PerformanceReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("## The database's own limit for the transition's writes (baseline only)");
        text.AppendLine();
        text.AppendLine("| clients | baseline tx/s | p50 ms | p95 ms | p99 ms | tool |");
        text.AppendLine("|---:|---:|---:|---:|---:|---|");
        foreach (var clients in ClientCounts)
        {
            var b = await db.BaselineAsync(clients, args.Seconds, args.Cases);
            text.AppendLine($"| {clients} | {F(b.TransactionsPerSecond)} | {F(b.P50 ?? double.NaN, "0.0")} | {F(b.P95 ?? double.NaN, "0.0")} | {F(b.P99 ?? double.NaN, "0.0")} | {b.Tool} |");
        }
        text.AppendLine();
        text.AppendLine($"Database: {db.Description}.");
        report.Section(text.ToString());
    }

    private static async Task<HttpLevel> LoadAsync(HttpClient client, long[] cases, Func<int> take, int clients, TimeSpan duration, long maxRequests = long.MaxValue)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        long done = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration && Interlocked.Read(ref done) < maxRequests)
            {
                var i = take();
                if (i >= cases.Length) throw new InvalidOperationException(
                    $"Out of seeded cases: seed more (--cases) or measure shorter (--seconds). {failures} of {done} requests failed; the first: {firstFailure ?? "none"}");
                var start = Stopwatch.GetTimestamp();
                using var content = new StringContent(Body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync($"/api/v1/cases/{CaseRows.Id(cases[i])}/actions/reject-anonymisation", content);
                var body = await response.Content.ReadAsStringAsync();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Interlocked.Increment(ref done);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    latencies.Add(ms);
                    continue;
                }
                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}", null);
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        return new HttpLevel(clients, latencies.Count / seconds, LatencyStats.Of(latencies), failures, firstFailure);
    }

    /// <summary>
    /// From a steady-state profile of the host (perf, sampled, SQLite, 8 and 32 clients; reports/README.md, 2026-11-30, session 4),
    /// shares of the host's CPU: printed where the target is missed, so the report says where to look.
    /// </summary>
    private const string WhereTheTimeGoes = "steady-state profile of the host's CPU on SQLite (PostgreSQL not profiled): SaveChanges ~15 %, the vault prefetch and text sealing ~10 %, " +
        "loading the aggregate ~9 % (four compiled queries), fsync ~7 %, authentication ~5 %, GC ~4 %, Kestrel ~3 %, the rest of the pipeline ~10 %, " +
        "runtime stubs, allocation and socket syscalls not attributed ~30 %; in a short run on a loaded machine tiered JIT adds up to a third more";
}
