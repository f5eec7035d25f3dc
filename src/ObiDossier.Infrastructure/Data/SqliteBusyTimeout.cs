using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ObiDossier.Infrastructure.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock on every connection the context opens. Without a
/// busy timeout SQLite answers SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after a fixed
/// <c>Thread.Sleep(150)</c>, so with concurrent writers every collision cost at least 150 ms and a
/// blocked thread-pool thread; SQLite's own busy handler retries within 1–100 ms instead. The wait
/// is as long as the default command timeout, so a long wait still fails as before.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();
    private const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The native call, not a PRAGMA statement: connections are opened per query, so keep it cheap.
    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
