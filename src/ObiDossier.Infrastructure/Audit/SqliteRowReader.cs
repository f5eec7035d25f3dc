using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// <see cref="AuditRowReader"/> on an open SQLite connection through SQLite's statement API, so
/// rows are read in place (text as the UTF-8 SQLite stores) rather than through
/// Microsoft.Data.Sqlite's per-value objects. Statements are prepared once and reset per run.
/// </summary>
internal sealed class SqliteRowReader(SqliteConnection connection, bool ownsConnection) : AuditRowReader(connection, null, ownsConnection)
{
    private readonly Dictionary<string, sqlite3_stmt> _statements = [];
    private readonly AuditEntryRow _row = new();

    public override (long Min, long Max)? IdRange(string sql, long lo, long hi)
    {
        var handle = connection.Handle!;
        var statement = Prepare(handle, sql, [("@lo", lo), ("@hi", hi)]);
        return Step(handle, statement) && raw.sqlite3_column_type(statement, 0) != raw.SQLITE_NULL
            ? (raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1))
            : null;
    }

    public override AuditVerificationResult? Read(
        string sql, (string Name, long Value)[] parameters, Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        var handle = connection.Handle!;
        var statement = Prepare(handle, sql, parameters);
        for (long n = 1; Step(handle, statement); n++)
        {
            _row.ReadColumns(statement);
            _row.HashContent();
            if (accept(_row) is { } bad)
            {
                return bad;
            }
            if ((n & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
        }
        return null;
    }

    private sqlite3_stmt Prepare(sqlite3 handle, string sql, (string Name, long Value)[] parameters)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(handle, raw.sqlite3_prepare_v2(handle, sql, out statement));
            _statements[sql] = statement;
        }
        else
        {
            raw.sqlite3_reset(statement);
        }
        foreach (var (name, value) in parameters)
        {
            Check(handle, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, name), value));
        }
        return statement;
    }

    /// <summary>True when the statement is on a new row, false when it is done.</summary>
    private static bool Step(sqlite3 handle, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            Check(handle, rc);
        }
        return false;
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", rc);
        }
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
        _statements.Clear();
        base.Dispose(disposing);
    }
}
