using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting.Providers;

/// <summary>
/// PostgreSQL, shared by several instances: the database is created if missing; a session advisory
/// lock serialises instances that migrate at once (a rolling deploy; EF Core has no lock of its own
/// here); Hangfire keeps its jobs and locks in the same database.
/// </summary>
internal sealed class PostgreSqlProvider : IDatabaseProvider
{
    /// <summary>Any number to name ObiDossier's migration lock on a PostgreSQL server.</summary>
    private const long MigrationLock = 0x0B1D0551E5;

    public DatabaseProvider Kind => DatabaseProvider.PostgreSql;

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly("ObiDossier.Migrations.PostgreSql"));

    public async Task MigrateAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        await DatabaseMigrations.CreateMissingDatabaseAsync(db, ct);
        if (!await DatabaseMigrations.AnyPendingAsync(db, ct)) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public bool IdempotentScripts => true;

    public JobStorage CreateJobStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // The lock row is never renewed (README, "How the tests use PostgreSQL"): jobs stay far below this, and are idempotent when they do not.
            DistributedLockTimeout = TimeSpan.FromMinutes(10),
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
