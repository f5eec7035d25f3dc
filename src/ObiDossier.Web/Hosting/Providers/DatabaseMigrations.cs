using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting.Providers;

/// <summary>What the providers' <see cref="IDatabaseProvider.MigrateAsync"/> share.</summary>
internal static class DatabaseMigrations
{
    /// <summary>
    /// Whether a migration is left to apply. When none is (every start but the first after an
    /// upgrade), MigrateAsync is skipped: it builds the migrations' snapshot model and diffs it
    /// against the model on every call, the largest part of the host's start-up work and of the
    /// code it leaves resident. The diff is a development check; MigrationsTests compares every
    /// provider's migrations with the model.
    /// </summary>
    public static async Task<bool> AnyPendingAsync(ObiDossierDbContext db, CancellationToken ct) =>
        (await db.Database.GetPendingMigrationsAsync(ct)).Any();

    /// <summary>
    /// As EF Core's own migrate does, a server database that does not exist yet is created (through
    /// the server's maintenance database) — before the migration lock, which needs a connection to it.
    /// Two instances racing to create it: the loser finds it there.
    /// </summary>
    public static async Task CreateMissingDatabaseAsync(ObiDossierDbContext db, CancellationToken ct)
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
}
