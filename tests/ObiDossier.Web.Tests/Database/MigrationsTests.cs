using Microsoft.EntityFrameworkCore;
using Npgsql;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cli;
using ObiDossier.Testing;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Tests.Database;

/// <summary>
/// Every provider's migrations keep up with the one model, and SQL Server, which cannot run
/// here, gets a script that creates every table. None of these needs a database server.
/// </summary>
public sealed class MigrationsTests
{
    // Placeholders: nothing here connects.
    private static readonly Dictionary<DatabaseProvider, string> Placeholders = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.PostgreSql] = "Host=127.0.0.1;Database=obidossier",
        [DatabaseProvider.SqlServer] = "Server=localhost;Database=obidossier;Encrypt=True",
    };

    private static ObiDossierDbContext Context(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<ObiDossierDbContext>();
        DatabaseSetup.Configure(options, new DatabaseConnection(provider, Placeholders[provider]));
        return new ObiDossierDbContext(options.Options);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Each_providers_migrations_are_in_step_with_the_model(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed since the last {provider} migration: run `dotnet ef migrations add NAME "
            + $"--project src/ObiDossier.Migrations.{provider} --startup-project src/ObiDossier.Migrations.{provider} --output-dir Migrations`.");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations_by_name()
    {
        static IEnumerable<string> Names(DatabaseProvider p)
        {
            using var db = Context(p);
            return [.. db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..])];
        }

        Assert.Equal(Names(DatabaseProvider.Sqlite), Names(DatabaseProvider.PostgreSql));
        Assert.Equal(Names(DatabaseProvider.Sqlite), Names(DatabaseProvider.SqlServer));
    }

    [Fact]
    public async Task The_sql_server_script_of_migrate_creates_every_table_of_the_model_idempotently()
    {
        using var output = new StringWriter();

        var exit = await MaintenanceVerbs.MigrateAsync(
            ["--script", "--ObiDossier:Database:Provider=SqlServer", $"--ConnectionStrings:ObiDossier={Placeholders[DatabaseProvider.SqlServer]}"],
            output);

        Assert.Equal(0, exit);
        var script = output.ToString();
        using var db = Context(DatabaseProvider.SqlServer);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct().ToList();
        Assert.True(tables.Count >= 10, string.Join(", ", tables));
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}] (", script, StringComparison.Ordinal));
        // Idempotent: every migration is guarded by the history table, so a DBA may run it on any version.
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("datetimeoffset", script, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_postgresql_script_of_migrate_runs_twice_on_a_fresh_database_and_leaves_it_current()
    {
        using var database = TestPostgres.CreateDatabase();
        using var output = new StringWriter();
        Assert.Equal(0, await MaintenanceVerbs.MigrateAsync(
            ["--script", "--ObiDossier:Database:Provider=PostgreSql", $"--ConnectionStrings:ObiDossier={database.ConnectionString}"], output));

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            for (var run = 0; run < 2; run++)
            {
                await using var command = new NpgsqlCommand(output.ToString(), connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        var options = new DbContextOptionsBuilder<ObiDossierDbContext>();
        DatabaseSetup.Configure(options, new DatabaseConnection(DatabaseProvider.PostgreSql, database.ConnectionString));
        await using var db = new ObiDossierDbContext(options.Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await db.Set<ObiDossier.Infrastructure.Audit.AuditSealHead>().CountAsync());
    }

    [Fact]
    public async Task A_server_provider_without_a_connection_string_is_a_configuration_error()
    {
        using var output = new StringWriter();

        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            MaintenanceVerbs.MigrateAsync(["--script", "--ObiDossier:Database:Provider=PostgreSql"], output));

        Assert.Contains("ConnectionStrings:ObiDossier", e.Message, StringComparison.Ordinal);
    }
}
