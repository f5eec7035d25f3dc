using Npgsql;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Database;

/// <summary><c>migrate</c> against a server: it creates a missing database; an unreachable server is one clear line.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MigrateVerbTests
{
    [PostgresFact]
    public async Task Migrate_creates_a_postgresql_database_that_does_not_exist_yet()
    {
        var server = TestPostgres.ServerConnectionString!;
        var name = "obidossier_test_new_" + Guid.NewGuid().ToString("N");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var dataDir = Directory.CreateTempSubdirectory("obidossier-migrate-").FullName;
        try
        {
            var (exit, output) = await ConsoleCollection.RunCapturingAsync(["migrate", $"--ObiDossier:DataDir={dataDir}",
                "--ObiDossier:Database:Provider=PostgreSql", $"--ConnectionStrings:ObiDossier={connection}"]);

            Assert.True(exit == 0, output);
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM \"LegalBases\"", db);
            Assert.True((long)(await command.ExecuteScalarAsync())! > 0);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var drop = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            drop.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", drop);
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_server_exits_1_with_one_line_and_no_stack_trace()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-migrate-").FullName;

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["migrate", $"--ObiDossier:DataDir={dataDir}",
            "--ObiDossier:Database:Provider=PostgreSql", "--ConnectionStrings:ObiDossier=Host=127.0.0.1;Port=1;Database=x;Username=u;Password=Qzxsecret;Timeout=3"]);

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("The database cannot be used:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Qzxsecret", output, StringComparison.Ordinal);
    }
}
