using Microsoft.EntityFrameworkCore;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// Crypto-shredding only works if the wrapped key is really gone from disk. SQLite keeps deleted
/// bytes in freed page space and old page images in the WAL; these close both gaps.
/// </summary>
internal static class SqliteRemnants
{
    /// <summary>
    /// Makes SQLite overwrite freed space with zeros on the connection that will save the shred.
    /// The connection is opened explicitly so EF keeps using it until the context closes it.
    /// </summary>
    public static async Task ZeroFreedSpaceAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", ct);
    }

    /// <summary>Copies the WAL into the database and truncates it, dropping old page images.</summary>
    public static async Task TruncateWalAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
    }
}
