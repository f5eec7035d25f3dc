using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// <see cref="AuditRowReader"/> on an open SQLite connection through SQLite's statement API (<see cref="SqliteColumns"/>), so
/// rows are read in place (text as the UTF-8 SQLite stores) rather than through
/// Microsoft.Data.Sqlite's per-value objects. Statements are prepared once and reset per run.
/// On the context's own connection, or (<see cref="OpenReadOnly"/>) on a read-only connection of
/// its own to the same file.
/// </summary>
internal sealed class SqliteRowReader : AuditRowReader
{
    /// <summary>A worker connection's page cache, in KiB.</summary>
    private const int WorkerCacheKiB = 256;

    private readonly Dictionary<string, sqlite3_stmt> _statements = [];
    private readonly AuditEntryRow _row = new();
    private readonly sqlite3 _handle;
    private readonly bool _ownsHandle;

    public SqliteRowReader(SqliteConnection connection) : base(connection, null, ownsConnection: false)
    {
        _handle = connection.Handle!;
    }

    private SqliteRowReader(SqliteConnection connection, sqlite3 handle) : base(connection, null, ownsConnection: false)
    {
        _handle = handle;
        _ownsHandle = true;
    }

    /// <summary>
    /// A reader on a connection of its own to <paramref name="connection"/>'s database file,
    /// opened read-only (the verifier writes nothing) and without SQLite's per-connection mutex
    /// (<c>SQLITE_OPEN_NOMUTEX</c>: the reader is used by one worker at a time). Under the
    /// default serialised mode every <c>sqlite3_column_*</c> call takes and releases that
    /// mutex: about a hundred lock operations per row, a fifth of the verifier's CPU (perf).
    /// </summary>
    public static SqliteRowReader OpenReadOnly(SqliteConnection connection)
    {
        var rc = raw.sqlite3_open_v2(connection.DataSource, out var handle, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = handle is null ? $"SQLite error {rc}" : raw.sqlite3_errmsg(handle).utf8_to_string();
            handle?.Dispose();
            throw new SqliteException($"Could not open {connection.DataSource} for verifying: {message}", rc);
        }
        // As the context's own connections do (SqliteBusyTimeout): wait out a checkpoint rather than fail.
        raw.sqlite3_busy_timeout(handle, 30_000);
        // Each page is read once, in order: a small cache holds the b-tree's inner pages, and the
        // default 2 MiB per worker would only fill up with leaves that are never read again.
        if (raw.sqlite3_exec(handle, $"PRAGMA cache_size = -{WorkerCacheKiB}") != raw.SQLITE_OK)
        {
            handle.Dispose();
            throw new SqliteException($"Could not size the page cache of {connection.DataSource} for verifying", raw.SQLITE_ERROR);
        }
        return new SqliteRowReader(connection, handle);
    }

    public override (long Min, long Max)? IdRange(string sql, long lo, long hi)
    {
        var handle = _handle;
        var statement = Prepare(handle, sql, [("@lo", lo), ("@hi", hi)]);
        return Step(handle, statement) && raw.sqlite3_column_type(statement, 0) != raw.SQLITE_NULL
            ? (raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1))
            : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override AuditVerificationResult? Read(
        string sql, (string Name, long Value)[] parameters, Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        var handle = _handle;
        var statement = Prepare(handle, sql, parameters);
        // The raw pointer is read once per query and kept valid by this reference.
        var added = false;
        statement.DangerousAddRef(ref added);
        try
        {
            var columns = new SqliteColumns(statement, statement.DangerousGetHandle());
            for (long n = 1; IsRow(handle, columns.Step()); n++)
            {
                _row.ReadColumns(columns);
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
        finally
        {
            if (added) statement.DangerousRelease();
        }
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
    private static bool Step(sqlite3 handle, sqlite3_stmt statement) => IsRow(handle, raw.sqlite3_step(statement));

    /// <summary>True for a step's result code that means a row, false for the end; otherwise throws.</summary>
    private static bool IsRow(sqlite3 handle, int rc)
    {
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
        if (_ownsHandle)
        {
            _handle.Dispose();
        }
        base.Dispose(disposing);
    }
}
