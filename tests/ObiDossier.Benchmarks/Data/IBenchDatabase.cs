namespace ObiDossier.Benchmarks.Data;

/// <summary>A plain transaction of the transition's write shape, measured by the database's own tooling.</summary>
internal sealed record BaselineResult(int Clients, double TransactionsPerSecond, double? P50, double? P95, double? P99, string Tool)
{
    /// <summary>CPU per transaction of the process that ran it, in ms, where that is the database's work.</summary>
    public double? CpuMs { get; init; }
}

/// <summary>
/// One provider's side of the benchmarks: an empty database with the product's schema (made by
/// the host's own <c>migrate</c> verb), bulk seeding, and the plain-transaction baseline.
/// </summary>
internal interface IBenchDatabase : IAsyncDisposable
{
    /// <summary>Provider, settings and anything the reader must know to compare figures.</summary>
    string Description { get; }

    /// <summary>The data folder the host uses (keys, checkpoints, and on SQLite the database).</summary>
    string DataDir { get; }

    /// <summary>Extra host settings that select this database.</summary>
    IReadOnlyList<string> HostSettings { get; }

    /// <summary>Creates the database empty and migrates it with the host's verb; returns why not if it cannot.</summary>
    Task<string?> CreateAsync();

    /// <summary>Inserts cases 1..<paramref name="count"/> of <see cref="CaseRows"/> in bulk.</summary>
    Task SeedCasesAsync(int count);

    /// <summary>The plain-transaction baseline with <paramref name="clients"/> concurrent clients.</summary>
    Task<BaselineResult> BaselineAsync(int clients, int seconds, int cases);

    /// <summary>A sealed audit trail of <paramref name="entries"/> entries, written in bulk.</summary>
    Task BuildAuditTrailAsync(long entries);
}
