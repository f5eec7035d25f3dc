using Npgsql;

namespace ObiDossier.Testing;

/// <summary>
/// The PostgreSQL server the tests use, named by one environment variable that
/// <c>tests/run.sh</c> sets after starting a throwaway cluster. Each user of it gets a database
/// of its own (<see cref="CreateDatabase"/>), dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "OBIDOSSIER_TEST_POSTGRES";

    /// <summary>The server's connection string (no database), or null when the variable is not set.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>On CI a missing server is a failure, never a silent skip.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        $"{Variable} is not set: no PostgreSQL server for this test. `bash tests/run.sh` starts a throwaway one "
        + $"and sets it (e.g. {Variable}=\"Host=127.0.0.1;Port=55433;Username=postgres\").";

    /// <summary>Creates a uniquely named, empty database; disposing the result drops it.</summary>
    public static TestDatabase CreateDatabase()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(MissingMessage);
        var name = "obidossier_test_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE \"{name}\"");
        return new TestDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    internal static void Execute(string server, string sql)
    {
        // The maintenance database, never pooled: these connections must not keep a test database open.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A database of one test (or one fixture) on the test server.</summary>
public sealed class TestDatabase(string server, string name, string connectionString) : IDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        // FORCE ends sessions a host may still hold (PostgreSQL 13 and later).
        TestPostgres.Execute(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
