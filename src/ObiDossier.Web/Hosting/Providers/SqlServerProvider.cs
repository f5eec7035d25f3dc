using Hangfire;
using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting.Providers;

/// <summary>
/// SQL Server, shared by several instances: the database is created if missing, EF Core's own
/// migration lock serialises instances, and Hangfire keeps its jobs and locks in the same database
/// so that the instances share one set of recurring jobs.
/// </summary>
internal sealed class SqlServerProvider : IDatabaseProvider
{
    public DatabaseProvider Kind => DatabaseProvider.SqlServer;

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, o => o.MigrationsAssembly("ObiDossier.Migrations.SqlServer"));

    public async Task MigrateAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        await DatabaseMigrations.CreateMissingDatabaseAsync(db, ct);
        if (await DatabaseMigrations.AnyPendingAsync(db, ct)) await db.Database.MigrateAsync(ct);
    }

    public bool IdempotentScripts => true;

    public JobStorage CreateJobStorage(string connectionString) => new SqlServerStorage(connectionString, new SqlServerStorageOptions
    {
        SchemaName = "HangFire",
        PrepareSchemaIfNecessary = true,
        // Jobs are short and idempotent; a sliding invisibility timeout re-runs a job whose worker died.
        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
        QueuePollInterval = TimeSpan.FromSeconds(5),
    });
}
