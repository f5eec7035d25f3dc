using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using ObiDossier.Benchmarks.Data;
using ObiDossier.Benchmarks.Hosting;
using static ObiDossier.Benchmarks.Performance.PerformanceReport;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>
/// Case list latency over HTTP on the seeded cases, one client at a time: the first page, a page
/// filtered on state, and keyset pages deep in the list (with and without the filter).
/// </summary>
internal static class CaseListBenchmark
{
    private const int WarmUpRequests = 30;
    private const int MeasuredRequests = 300;

    private sealed record Page(List<Item> Items, string? NextCursor);
    private sealed record Item(Guid Id, string Reference);

    public static async Task RunAsync(IBenchDatabase db, BenchArgs args, PerformanceReport report)
    {
        var random = new Random(8);
        // Deep pages start from a random case well inside the list, as a client that paged there would.
        string DeepCursor() => Cursor(random.NextInt64(Math.Min(1000, args.Cases / 2), args.Cases));
        var kinds = new (string Name, Func<string> Url)[]
        {
            ("first page", () => "/api/v1/cases"),
            ($"first page, state={CaseRows.FilterState}", () => $"/api/v1/cases?state={CaseRows.FilterState}"),
            ("deep keyset page (cursor=)", () => $"/api/v1/cases?cursor={DeepCursor()}"),
            ($"deep keyset page, state={CaseRows.FilterState}", () => $"/api/v1/cases?state={CaseRows.FilterState}&cursor={DeepCursor()}"),
        };

        var text = new StringBuilder();
        text.AppendLine($"## Case list at {args.Cases:N0} cases");
        text.AppendLine();
        text.AppendLine($"Cases seeded in bulk with prepared inserts (not through the API); one client, {WarmUpRequests} warm-up then " +
            $"{MeasuredRequests} measured requests per kind, 50 cases a page, latency as the client sees it. Database: {db.Description}.");
        text.AppendLine();
        text.AppendLine("| page | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        var worstP95 = 0.0;
        await using (var host = await BenchHost.StartAsync(db.DataDir, db.HostSettings, "bench-reader", "ind-officer"))
        {
            foreach (var (name, url) in kinds)
            {
                for (var i = 0; i < WarmUpRequests; i++) await GetPageAsync(host.Client, url());
                var latencies = new List<double>(MeasuredRequests);
                for (var i = 0; i < MeasuredRequests; i++)
                {
                    var target = url();
                    var start = Stopwatch.GetTimestamp();
                    var page = await GetPageAsync(host.Client, target);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    if (page.Items.Count == 0) throw new InvalidOperationException($"{target} returned an empty page: the seed is not what the list reads.");
                }
                var stats = LatencyStats.Of(latencies);
                worstP95 = Math.Max(worstP95, stats.P95);
                text.AppendLine($"| {name} | {F(stats.P50, "0.0")} | {F(stats.P95, "0.0")} | {F(stats.P99, "0.0")} | {F(stats.Max, "0.0")} |");
            }
        }
        report.Section(text.ToString());
        report.Target($"case list p95 at {args.Cases:N0} cases (worst kind)", $"{F(worstP95, "0.0")} ms", "< 20 ms", worstP95 < 20);
    }

    private static async Task<Page> GetPageAsync(HttpClient client, string url) =>
        await client.GetFromJsonAsync<Page>(url) ?? throw new InvalidOperationException($"{url}: no page.");

    /// <summary>The host's opaque cursor (base64url of "UTC ticks|reference") for the row of case <paramref name="n"/>.</summary>
    private static string Cursor(long n) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CaseRows.CreatedAt(n).UtcTicks}|{CaseRows.Reference(n)}"));
}
