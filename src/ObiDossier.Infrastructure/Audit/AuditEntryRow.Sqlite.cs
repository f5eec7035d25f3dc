using System.Buffers.Text;
using System.Text;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The SQLite fast path: columns straight from the prepared statement. Text is hashed as the
/// UTF-8 bytes SQLite stores (exactly what the writer's encoding produced), with no string per
/// field; this is what lets the verifier approach its throughput target on the embedded database.
/// </summary>
internal sealed partial class AuditEntryRow
{
    /// <summary>
    /// Copies the row out of the statement and encodes its content; <see cref="HashContent"/>
    /// then hashes it, possibly on another thread (the statement is already on its next row).
    /// </summary>
    public void ReadColumns(sqlite3_stmt s)
    {
        Id = raw.sqlite3_column_int64(s, IdOrdinal);
        Sequence = IsNull(s, SequenceOrdinal) ? null : raw.sqlite3_column_int64(s, SequenceOrdinal);
        BlockNumber = IsNull(s, BlockNumberOrdinal) ? null : raw.sqlite3_column_int64(s, BlockNumberOrdinal);

        BeginEntry();
        var at = raw.sqlite3_column_blob(s, AtOrdinal);
        if (SqliteDateTime.TryParseTicks(at, out var ticks))
        {
            _buffer.WriteInt64(ticks);
        }
        else
        {
            WriteUnparseable(Encoding.UTF8.GetString(at));
        }
        for (var i = ActorIdOrdinal; i < CaseIdOrdinal; i++)
        {
            Text(s, i);
        }
        ReadGuid(s, CaseIdOrdinal);
        Text(s, OutcomeOrdinal);
        _buffer.WriteInt32(raw.sqlite3_column_int(s, StatusCodeOrdinal));
        for (var i = ReasonsOrdinal; i < EntryHashOrdinal; i++)
        {
            Text(s, i);
        }

        StoredEntryHashWellFormed = ReadHash(s, EntryHashOrdinal, StoredEntryHash);
        HasChainHash = !IsNull(s, ChainHashOrdinal);
        StoredChainHashWellFormed = HasChainHash && ReadHash(s, ChainHashOrdinal, StoredChainHash);
    }

    private static bool IsNull(sqlite3_stmt s, int ordinal) => raw.sqlite3_column_type(s, ordinal) == raw.SQLITE_NULL;

    private void Text(sqlite3_stmt s, int ordinal)
    {
        if (IsNull(s, ordinal))
        {
            _buffer.WriteNull();
            return;
        }
        var utf8 = raw.sqlite3_column_blob(s, ordinal);
        utf8.CopyTo(_buffer.BeginUtf8(utf8.Length));
    }

    private void ReadGuid(sqlite3_stmt s, int ordinal)
    {
        if (IsNull(s, ordinal))
        {
            _buffer.WriteGuid(null);
            return;
        }
        var value = raw.sqlite3_column_blob(s, ordinal);
        if (raw.sqlite3_column_type(s, ordinal) == raw.SQLITE_BLOB && value.Length == 16)
        {
            _buffer.WriteGuid(new Guid(value)); // how Microsoft.Data.Sqlite reads a blob GUID
        }
        else if (Utf8Parser.TryParse(value, out Guid guid, out var consumed) && consumed == value.Length)
        {
            _buffer.WriteGuid(guid);
        }
        else
        {
            WriteUnparseable(Encoding.UTF8.GetString(value));
        }
    }

    private static bool ReadHash(sqlite3_stmt s, int ordinal, byte[] destination)
    {
        var value = raw.sqlite3_column_blob(s, ordinal);
        if (IsNull(s, ordinal) || value.Length != AuditHashing.HashSize)
        {
            return false;
        }
        value.CopyTo(destination);
        return true;
    }
}
