using System.Globalization;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>Which database the performance benchmarks run against.</summary>
internal enum BenchProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The options of the performance subcommands: <c>--provider Sqlite|PostgreSql</c>,
/// <c>--connection "Host=...;Port=...;Username=..."</c> (PostgreSQL only: the server; the
/// benchmark creates and drops its own databases there), <c>--cases N</c>, <c>--entries N</c>,
/// <c>--seconds N</c> (per measured load level) and <c>--work DIR</c> (data folders).
/// </summary>
internal sealed record BenchArgs(BenchProvider Provider, string? Connection, int Cases, long Entries, int Seconds, string WorkDir)
{
    public const int DefaultCases = 1_000_000;
    public const long DefaultEntries = 10_000_000;

    public static BenchArgs Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Unexpected argument '{args[i]}': options are --name value.");
            values[args[i][2..]] = args[++i];
        }
        var known = new[] { "provider", "connection", "cases", "entries", "seconds", "work" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new ArgumentException($"Unknown option --{unknown}; known: {string.Join(", ", known.Select(k => "--" + k))}.");

        var provider = Enum.Parse<BenchProvider>(values.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
        var connection = values.GetValueOrDefault("connection");
        if (provider == BenchProvider.PostgreSql && string.IsNullOrWhiteSpace(connection))
            throw new ArgumentException("--provider PostgreSql needs --connection \"Host=127.0.0.1;Port=55433;Username=postgres\" (see tests/ObiDossier.Benchmarks/postgres.sh).");
        return new BenchArgs(
            provider,
            connection,
            int.Parse(values.GetValueOrDefault("cases", DefaultCases.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            long.Parse(values.GetValueOrDefault("entries", DefaultEntries.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture),
            Path.GetFullPath(values.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "obidossier-bench"))));
    }

    public string ProviderName => Provider == BenchProvider.Sqlite ? "sqlite" : "postgresql";
}
