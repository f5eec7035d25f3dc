using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.ProcessingLog;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Creates or upgrades the database and seeds the registries, before the host serves anything
/// (and for the <c>migrate</c> verb). Seeding only adds what is missing.
/// </summary>
internal sealed class DatabaseInitialiser(IServiceScopeFactory scopes, IOptions<ObiDossierOptions> options, TimeProvider clock, ILogger<DatabaseInitialiser> logger)
    : IHostedLifecycleService
{
    public bool Ready { get; private set; }

    public async Task InitialiseAsync(CancellationToken ct)
    {
        DatabaseSetup.EnsureDataDirectory(options.Value);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        await MigrateAsync(db, ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; NORMAL sync is durable at each checkpoint.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        var seeded = await SeedAsync(db, ct);
        logger.LogInformation("Database ready ({Provider}); {Seeded} legal bases seeded.", db.Database.ProviderName, seeded);
        Ready = true;
    }

    /// <summary>Any number to name ObiDossier's migration lock on a PostgreSQL server.</summary>
    private const long PostgresMigrationLock = 0x0B1D0551E5;

    /// <summary>
    /// Several instances starting at once (a rolling deploy) must not run the same migration twice:
    /// on PostgreSQL a session advisory lock serialises them (SQL Server and SQLite have EF Core's own lock).
    /// </summary>
    private static async Task MigrateAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
        if (!db.Database.IsSqlite()) await CreateMissingDatabaseAsync(db, ct);
        // Nothing to apply (every start but the first after an upgrade): skip MigrateAsync, which
        // builds the migrations' snapshot model and diffs it against the model on every call — the
        // largest part of the host's start-up work and of the code it leaves resident. The diff is
        // a development check; MigrationsTests compares every provider's migrations with the model.
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any()) return;
        if (!postgres)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// As EF Core's own migrate does, a server database that does not exist yet is created (through
    /// the server's maintenance database) — before the migration lock, which needs a connection to it.
    /// Two instances racing to create it: the loser finds it there.
    /// </summary>
    private static async Task CreateMissingDatabaseAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (System.Data.Common.DbException)
        {
            if (!await creator.ExistsAsync(ct)) throw;
        }
    }

    private async Task<int> SeedAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var seeded = await LegalBasisSeeder.SeedAsync(db, ct);
                await ProcessingActivities.SeedAsync(db, clock.GetUtcNow(), ct);
                return seeded;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance on the same database seeded the same rows at the same moment
                // (its insert won the key); read again and add only what is still missing.
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitialiseAsync(cancellationToken);
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
