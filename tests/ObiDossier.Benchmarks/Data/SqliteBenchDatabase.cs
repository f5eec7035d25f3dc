using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ObiDossier.Benchmarks.Hosting;

namespace ObiDossier.Benchmarks.Data;

/// <summary>The embedded default: the host's own SQLite file in a fresh data folder.</summary>
internal sealed class SqliteBenchDatabase(string dataDir) : IBenchDatabase
{
    private static readonly DateTimeOffsetToBinaryConverter Ticks = new();
    private SqliteBaseline? _baseline;

    public string DataDir { get; } = dataDir;
    public string DatabasePath => Path.Combine(DataDir, "obidossier.db");
    public IReadOnlyList<string> HostSettings => [];
    public string Description => $"SQLite (the embedded default), WAL, synchronous={Synchronous()} as the host opens it";

    /// <summary>The connection string the host's provider would build; pooling off so the file can be deleted after.</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();

    /// <summary>What EF Core stores for a <see cref="DateTimeOffset"/> on SQLite (the host's convention).</summary>
    public static long Stored(DateTimeOffset at) => (long)Ticks.ConvertToProvider(at)!;

    /// <summary>How EF Core's SQLite provider writes a Guid: upper-case text.</summary>
    public static string Stored(Guid id) => id.ToString().ToUpperInvariant();

    public async Task<string?> CreateAsync()
    {
        if (Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true);
        Directory.CreateDirectory(DataDir);
        var run = await WebVerb.RunAsync(["migrate", .. BenchHost.Settings(DataDir, HostSettings)], TimeSpan.FromMinutes(2));
        return run.ExitCode == 0 ? null : $"migrate failed ({run.ExitCode}): {run.Error.Trim()}";
    }

    public async Task SeedCasesAsync(int count)
    {
        await using var connection = OpenForBulk();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Cases (Id, Reference, WorkflowName, WorkflowVersion, State, Title, Narrative, CountryOfOrigin, PeriodFrom, PeriodTo,
                SuspectedCrimes, PositionHeld, SummaryFindings, AuthorId, OwnerOrganisation, SubmittedById, CreatedAt, UpdatedAt, Version)
            VALUES ($id, $reference, '1f-case', 1, $state, $title, 'A benchmark narrative without personal data.', 'Afghanistan',
                '1985-01', '1992-12', '["1F(a)"]', NULL, '[]', $author, 'IND', $author, $at, $at, 1)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var reference = insert.Parameters.Add("$reference", SqliteType.Text);
        var state = insert.Parameters.Add("$state", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        insert.Parameters.AddWithValue("$author", CaseRows.Author);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        const int batch = 50_000;
        for (var first = 1; first <= count; first += batch)
        {
            await using var tx = connection.BeginTransaction();
            insert.Transaction = tx;
            for (long n = first; n < first + batch && n <= count; n++)
            {
                id.Value = Stored(CaseRows.Id(n));
                reference.Value = CaseRows.Reference(n);
                state.Value = CaseRows.State(n);
                title.Value = $"Benchmark case {n}";
                at.Value = Stored(CaseRows.CreatedAt(n));
                insert.ExecuteNonQuery();
            }
            await tx.CommitAsync();
        }
        Checkpoint(connection);
    }

    public Task<BaselineResult> BaselineAsync(int clients, int seconds, int cases)
    {
        _baseline ??= new SqliteBaseline(ConnectionString, CaseRows.ForBaseline(cases));
        return Task.FromResult(_baseline.Run(clients, seconds));
    }

    public Task BuildAuditTrailAsync(long entries)
    {
        using var connection = OpenForBulk();
        SqliteAuditTrail.Build(connection, entries);
        Checkpoint(connection);
        return Task.CompletedTask;
    }

    /// <summary>A connection for bulk loading benchmark data: no fsync per batch (the data is throwaway), a large page cache.</summary>
    public SqliteConnection OpenForBulk()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        return connection;
    }

    // Fold the WAL into the main file so the host starts from a compact database, as after a quiet period.
    private static void Checkpoint(SqliteConnection connection) => Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

    private string Synchronous()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) switch
        {
            0 => "OFF", 1 => "NORMAL", 2 => "FULL", 3 => "EXTRA", var v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
