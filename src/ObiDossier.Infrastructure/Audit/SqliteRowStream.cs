using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Runs one verifier query on the open SQLite connection through SQLite's statement API, so
/// rows are read in place rather than through Microsoft.Data.Sqlite's per-value objects. Two
/// stages on two threads: one steps the statement and encodes rows into a small fixed pool of
/// reusable batches; the other hashes them and checks them in chain order. Memory stays
/// constant (the pool), and the first fault is still the first in chain order.
/// </summary>
internal static class SqliteRowStream
{
    private const int BatchSize = 256;
    private const int Batches = 4;

    public static async Task<AuditVerificationResult?> RunAsync(
        SqliteConnection connection, string sql, (long Lo, long Hi)? range,
        Func<AuditEntryRow, AuditVerificationResult?> accept, bool pipelined, CancellationToken ct)
    {
        if (!pipelined)
        {
            return RunOnOneThread(connection, sql, range, accept, ct);
        }
        var free = Channel.CreateBounded<AuditEntryRow[]>(Batches);
        var full = Channel.CreateBounded<(AuditEntryRow[] Rows, int Count)>(Batches);
        for (var i = 0; i < Batches; i++)
        {
            free.Writer.TryWrite(Enumerable.Range(0, BatchSize).Select(_ => new AuditEntryRow()).ToArray());
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(connection, sql, range, free.Reader, full.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var (rows, count) in full.Reader.ReadAllAsync(ct))
            {
                for (var i = 0; i < count; i++)
                {
                    rows[i].HashContent();
                    if (accept(rows[i]) is { } bad)
                    {
                        return bad;
                    }
                }
                free.Writer.TryWrite(rows);
            }
            return null;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early (a fault or cancellation); the producer just quits.
            }
        }
    }

    private static AuditVerificationResult? RunOnOneThread(
        SqliteConnection connection, string sql, (long Lo, long Hi)? range,
        Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        var handle = connection.Handle!;
        using var statement = Prepare(handle, sql, range);
        var row = new AuditEntryRow();
        for (long n = 1; Step(handle, statement); n++)
        {
            row.ReadColumns(statement);
            row.HashContent();
            if (accept(row) is { } bad)
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

    private static sqlite3_stmt Prepare(sqlite3 handle, string sql, (long Lo, long Hi)? range)
    {
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        if (range is { } r)
        {
            Check(handle, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@lo"), r.Lo));
            Check(handle, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@hi"), r.Hi));
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

    private static async Task ProduceAsync(
        SqliteConnection connection, string sql, (long Lo, long Hi)? range,
        ChannelReader<AuditEntryRow[]> free, ChannelWriter<(AuditEntryRow[], int)> full, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            var handle = connection.Handle!;
            using var statement = Prepare(handle, sql, range);
            var done = false;
            while (!done)
            {
                var rows = await free.ReadAsync(ct);
                var count = 0;
                while (count < rows.Length && !(done = !Step(handle, statement)))
                {
                    rows[count++].ReadColumns(statement);
                }
                await full.WriteAsync((rows, count), ct);
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            full.TryComplete(failure);
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
