using System.Data.Common;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Runs the verifier's queries (<see cref="AuditEntrySql"/>) on one connection and feeds each row
/// to a check, reusing one <see cref="AuditEntryRow"/> and one command per query, so reading
/// allocates nothing per row that outlives it. One per verifying worker; not thread-safe.
/// Any ADO.NET provider (<see cref="AuditRowReader"/>); SQLite through its statement API
/// (<see cref="SqliteRowReader"/>).
/// </summary>
internal class AuditRowReader(DbConnection connection, DbTransaction? transaction, bool ownsConnection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = [];
    private readonly AuditEntryRow _row = new();

    /// <summary>The smallest and largest id among the sealed entries with <c>@lo &lt;= Sequence &lt;= @hi</c>, or null if none.</summary>
    public virtual (long Min, long Max)? IdRange(string sql, long lo, long hi)
    {
        var command = Command(sql, [("@lo", lo), ("@hi", hi)]);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    /// <summary>Feeds each row of <paramref name="sql"/> to <paramref name="accept"/> until it returns a fault or rows run out.</summary>
    public virtual AuditVerificationResult? Read(
        string sql, (string Name, long Value)[] parameters, Func<AuditEntryRow, AuditVerificationResult?> accept, CancellationToken ct)
    {
        var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        for (long n = 1; reader.Read(); n++)
        {
            _row.Read(reader);
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

    private DbCommand Command(string sql, (string Name, long Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = 0L;
                command.Parameters.Add(parameter);
            }
            _commands[sql] = command;
        }
        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value;
        }
        return command;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        if (ownsConnection)
        {
            connection.Dispose();
        }
    }
}
