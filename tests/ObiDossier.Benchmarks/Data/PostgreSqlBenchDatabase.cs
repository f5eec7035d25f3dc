using System.Globalization;
using System.Text.RegularExpressions;
using ObiDossier.Benchmarks.Hosting;
using ObiDossier.Benchmarks.Performance;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// PostgreSQL: a database of its own on the server of <c>--connection</c> (dropped and created
/// anew), the schema from the host's <c>migrate</c> verb, cases seeded in one SQL statement, and
/// the baseline measured by pgbench with the same write shape.
/// </summary>
internal sealed partial class PostgreSqlBenchDatabase(string dataDir, string connection, string name) : IBenchDatabase
{
    private readonly PostgreSqlTools _tools = new(connection);
    private readonly string _database = "obidossier_bench_" + name.Replace('-', '_');
    private string? _pgbenchDatabase;
    private int _seeded;

    public string DataDir { get; } = dataDir;
    public IReadOnlyList<string> HostSettings => ["--ObiDossier:Database:Provider=PostgreSql", $"--ConnectionStrings:ObiDossier={_tools.For(_database)}"];
    public string Description => $"PostgreSQL, database {_database} ({(_pgbenchDatabase == _database ? "the host's schema" : "baseline on the stand-in schema")})";

    public async Task<string?> CreateAsync()
    {
        if (Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true);
        Directory.CreateDirectory(DataDir);
        await RecreateAsync(_database);
        var run = await WebVerb.RunAsync(["migrate", .. BenchHost.Settings(DataDir, HostSettings)], TimeSpan.FromMinutes(2));
        if (run.ExitCode == 0)
        {
            _pgbenchDatabase = _database;
            return null;
        }
        return $"`migrate` with {string.Join(' ', HostSettings.Take(1))} exited {run.ExitCode}: {FirstLine(run.Error)}";
    }

    public async Task SeedCasesAsync(int count)
    {
        await _tools.PsqlAsync(_database, "-v", $"cases={count}", "-f", Script("seed-cases.sql"));
        _seeded = count;
    }

    public async Task<BaselineResult> BaselineAsync(int clients, int seconds, int cases)
    {
        if (_pgbenchDatabase is null)
        {
            // No host schema yet: the same three tables from the stand-in script, seeded the same way.
            _pgbenchDatabase = _database + "_pgbench";
            await RecreateAsync(_pgbenchDatabase);
            await _tools.PsqlAsync(_pgbenchDatabase, "-f", Script("baseline-schema.sql"));
            await _tools.PsqlAsync(_pgbenchDatabase, "-v", $"cases={cases}", "-f", Script("seed-cases.sql"));
            _seeded = cases;
        }
        var logs = Path.Combine(DataDir, $"pgbench-{clients}");
        if (Directory.Exists(logs)) Directory.Delete(logs, recursive: true);
        Directory.CreateDirectory(logs);
        var output = await _tools.PgbenchAsync(_pgbenchDatabase, "-n", "-c", $"{clients}", "-j", $"{Math.Min(clients, Environment.ProcessorCount)}",
            "-T", $"{seconds}", "-D", $"cases={_seeded}", "-f", Script("pgbench-transition.sql"), "-l", "--log-prefix", Path.Combine(logs, "tx"));
        var tps = double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        // Per-transaction log lines: client, transaction, latency in µs, script, epoch s, epoch µs.
        var latencies = Directory.EnumerateFiles(logs).SelectMany(File.ReadLines)
            .Select(l => double.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture) / 1000.0);
        var stats = LatencyStats.Of(latencies);
        return new BaselineResult(clients, tps, stats.P50, stats.P95, stats.P99, "pgbench with PostgreSql/pgbench-transition.sql");
    }

    public Task BuildAuditTrailAsync(long entries) => PostgreSqlAuditTrail.BuildAsync(_tools, _database, entries);

    private async Task RecreateAsync(string database)
    {
        await _tools.PsqlAsync("postgres", "-c", $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await _tools.PsqlAsync("postgres", "-c", $"CREATE DATABASE \"{database}\"");
    }

    private static string Script(string file) => Path.Combine(AppContext.BaseDirectory, "PostgreSql", file);

    private static string FirstLine(string text) => text.Trim().Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(no message)";

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
