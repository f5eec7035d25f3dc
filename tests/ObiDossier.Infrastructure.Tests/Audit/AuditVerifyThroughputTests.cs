using System.Diagnostics;
using ObiDossier.Infrastructure.Audit;
using Xunit.Abstractions;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// Verifies a larger trail and reports entries per second. Not a timed assertion (README, Benchmarks:
/// targets are measured by benchmarks); set OBIDOSSIER_AUDIT_BENCH_ENTRIES for a real measurement.
/// </summary>
public sealed class AuditVerifyThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_large_trail_verifies_in_one_streaming_pass()
    {
        var entries = int.TryParse(Environment.GetEnvironmentVariable("OBIDOSSIER_AUDIT_BENCH_ENTRIES"), out var n) ? n : 20_000;
        using var fx = new AuditTrailFixture();
        var build = Stopwatch.StartNew();
        for (var first = 0; first < entries; first += 5_000)
        {
            await fx.WriteEntriesAsync(first, Math.Min(5_000, entries - first));
            await fx.SealAsync(blockSize: 1024);
        }
        output.WriteLine($"SHA-256 through OpenSSL's low-level API: {Sha256.Native}");
        output.WriteLine($"SQLite columns read straight from e_sqlite3: {SqliteColumns.Native}");
        output.WriteLine($"built and sealed {entries} entries in {build.Elapsed.TotalSeconds:F1} s");

        await fx.VerifyAsync(); // warm-up: JIT and page cache
        foreach (var (name, fastPath, parallelism) in new[] { ($"SQLite statement API, {Environment.ProcessorCount} workers", true, Environment.ProcessorCount), ("SQLite statement API, 1 worker", true, 1), ("ADO.NET reader, 1 worker", false, 1) })
        {
            // Best of three: the machine is shared, and the best run is the least disturbed one.
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var verify = Stopwatch.StartNew();
                var result = await fx.VerifyAsync(fastPath, parallelism);
                verify.Stop();
                Assert.True(result.Valid, result.Reason);
                Assert.Equal(entries, result.Entries);
                best = verify.Elapsed < best ? verify.Elapsed : best;
            }
            output.WriteLine($"{name}: verified {entries} entries in {best.TotalMilliseconds:F0} ms: {entries / best.TotalSeconds:F0} entries/s");
        }
    }
}
