using System.Buffers.Text;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadColumns(SqliteColumns s)
    {
        Id = s.Int64(IdOrdinal);
        Sequence = s.IsNull(SequenceOrdinal) ? null : s.Int64(SequenceOrdinal);
        BlockNumber = s.IsNull(BlockNumberOrdinal) ? null : s.Int64(BlockNumberOrdinal);

        BeginEntry();
        var at = s.Bytes(AtOrdinal);
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
        _buffer.WriteInt32(s.Int32(StatusCodeOrdinal));
        for (var i = ReasonsOrdinal; i < EntryHashOrdinal; i++)
        {
            Text(s, i);
        }

        StoredEntryHashWellFormed = s.TryBytes(EntryHashOrdinal, out var entryHash) && CopyHash(entryHash, StoredEntryHash);
        HasChainHash = s.TryBytes(ChainHashOrdinal, out var chainHash);
        StoredChainHashWellFormed = HasChainHash && CopyHash(chainHash, StoredChainHash);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Text(SqliteColumns s, int ordinal)
    {
        if (!s.TryBytes(ordinal, out var utf8))
        {
            _buffer.WriteNull();
            return;
        }
        utf8.CopyTo(_buffer.BeginUtf8(utf8.Length));
    }

    private void ReadGuid(SqliteColumns s, int ordinal)
    {
        var type = s.Type(ordinal);
        if (type == raw.SQLITE_NULL)
        {
            _buffer.WriteGuid(null);
            return;
        }
        var value = s.Bytes(ordinal);
        if (type == raw.SQLITE_BLOB && value.Length == 16)
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

    private static bool CopyHash(ReadOnlySpan<byte> value, byte[] destination)
    {
        if (value.Length != AuditHashing.HashSize)
        {
            return false;
        }
        value.CopyTo(destination);
        return true;
    }
}
