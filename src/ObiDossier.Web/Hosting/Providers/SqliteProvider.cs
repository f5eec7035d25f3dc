using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting.Providers;

/// <summary>
/// The embedded default: a file in the data folder, one process. EF Core's own migration lock
/// serialises migrating; WAL lets readers go on while one writer commits; every schedule and
/// deadline is derived from the database, so Hangfire's in-memory storage is enough.
/// </summary>
internal sealed class SqliteProvider : IDatabaseProvider
{
    public DatabaseProvider Kind => DatabaseProvider.Sqlite;

    /// <summary>
    /// With the model compiled ahead of time (<c>ObiDossier.Migrations.Sqlite/CompiledModel</c>, README "Databases"):
    /// building it at start-up JIT-compiled some 3,000 methods of EF Core's conventions, resident for the host's life.
    /// </summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseModel(ObiDossier.Migrations.Sqlite.CompiledModel.ObiDossierDbContextModel.Instance)
            .UseSqlite(connectionString, o => o.MigrationsAssembly("ObiDossier.Migrations.Sqlite"));

    public async Task MigrateAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        if (await DatabaseMigrations.AnyPendingAsync(db, ct)) await db.Database.MigrateAsync(ct);
    }

    // WAL lets readers go on while one writer commits; NORMAL sync is durable at each checkpoint.
    public Task PrepareAsync(ObiDossierDbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    // EF Core cannot make SQLite scripts idempotent (no conditional DDL): a plain script then.
    public bool IdempotentScripts => false;

    public JobStorage CreateJobStorage(string connectionString) => new InMemoryStorage();
}
