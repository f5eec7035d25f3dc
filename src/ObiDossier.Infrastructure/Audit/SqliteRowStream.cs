using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Runs one verifier query on the open SQLite connection through SQLite's statement API, so
/// that rows are read in place rather than through Microsoft.Data.Sqlite's per-value objects.
/// </summary>
internal static class SqliteRowStream
{
    public static AuditVerificationResult? Run(
        SqliteConnection connection, string sql, (long Lo, long Hi)? range, AuditEntryRow row,
        Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            if (range is { } r)
            {
                Check(handle, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@lo"), r.Lo));
                Check(handle, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@hi"), r.Hi));
            }
            for (long n = 1; ; n++)
            {
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_DONE)
                {
                    return null;
                }
                if (rc != raw.SQLITE_ROW)
                {
                    Check(handle, rc);
                }
                row.Read(statement);
                if (accept(row) is { } bad)
                {
                    return bad;
                }
                if ((n & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", rc);
        }
    }
}
