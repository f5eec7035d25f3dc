using System.Buffers.Text;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Reads one audit-entry row from a data reader and recomputes its entry hash without
/// materialising an entity. On SQLite, text columns are copied as the stored UTF-8 bytes
/// straight into the hash buffer (no string per field); other providers go through strings.
/// Reused for every row: the verifier's hot loop allocates nothing per entry on SQLite.
/// </summary>
internal sealed class AuditEntryRow
{
    // Column order of AuditEntrySql.Columns.
    private const int IdOrdinal = 0, SequenceOrdinal = 1, AtOrdinal = 2, ActorIdOrdinal = 3,
        CaseIdOrdinal = 10, OutcomeOrdinal = 11, StatusCodeOrdinal = 12, ReasonsOrdinal = 13,
        EntryHashOrdinal = 18, ChainHashOrdinal = 19, BlockNumberOrdinal = 20;

    private readonly CanonicalBuffer _buffer = new();
    private readonly byte[] _scratch = new byte[64];
    private readonly bool _utf8Direct;

    public AuditEntryRow(DbDataReader reader) => _utf8Direct = reader is SqliteDataReader;

    public long Id { get; private set; }
    public long? Sequence { get; private set; }
    public long? BlockNumber { get; private set; }
    public byte[] ComputedEntryHash { get; } = new byte[AuditHashing.HashSize];
    public byte[] StoredEntryHash { get; } = new byte[AuditHashing.HashSize];
    public byte[] StoredChainHash { get; } = new byte[AuditHashing.HashSize];
    public bool StoredEntryHashWellFormed { get; private set; }
    public bool HasChainHash { get; private set; }
    public bool StoredChainHashWellFormed { get; private set; }

    public bool EntryHashMatches =>
        StoredEntryHashWellFormed && ComputedEntryHash.AsSpan().SequenceEqual(StoredEntryHash);

    public void Read(DbDataReader r)
    {
        Id = r.GetInt64(IdOrdinal);
        Sequence = r.IsDBNull(SequenceOrdinal) ? null : r.GetInt64(SequenceOrdinal);
        BlockNumber = r.IsDBNull(BlockNumberOrdinal) ? null : r.GetInt64(BlockNumberOrdinal);

        _buffer.Reset();
        _buffer.WriteString(AuditHashing.EntryDomain);
        _buffer.WriteInt64(r.GetDateTime(AtOrdinal).Ticks);
        for (var i = ActorIdOrdinal; i < CaseIdOrdinal; i++)
        {
            Text(r, i); // actor id, role, organisation, display name, action, entity type, entity id
        }
        ReadGuid(r, CaseIdOrdinal);
        Text(r, OutcomeOrdinal);
        _buffer.WriteInt32(r.GetInt32(StatusCodeOrdinal));
        for (var i = ReasonsOrdinal; i < EntryHashOrdinal; i++)
        {
            Text(r, i); // reasons, legal basis, motivation, changed fields, trace id
        }
        _buffer.HashTo(ComputedEntryHash);

        StoredEntryHashWellFormed = ReadHash(r, EntryHashOrdinal, StoredEntryHash);
        HasChainHash = !r.IsDBNull(ChainHashOrdinal);
        StoredChainHashWellFormed = HasChainHash && ReadHash(r, ChainHashOrdinal, StoredChainHash);
    }

    private void Text(DbDataReader r, int ordinal)
    {
        if (r.IsDBNull(ordinal))
        {
            _buffer.WriteNull();
        }
        else if (_utf8Direct)
        {
            var length = (int)r.GetBytes(ordinal, 0, null, 0, 0);
            var array = _buffer.ReserveUtf8(length, out var offset);
            r.GetBytes(ordinal, 0, array, offset, length);
        }
        else
        {
            _buffer.WriteString(r.GetString(ordinal));
        }
    }

    private void ReadGuid(DbDataReader r, int ordinal)
    {
        if (r.IsDBNull(ordinal))
        {
            _buffer.WriteGuid(null);
            return;
        }
        if (_utf8Direct)
        {
            // SQLite keeps GUIDs as text; parse the bytes instead of allocating a string.
            var length = (int)r.GetBytes(ordinal, 0, null, 0, 0);
            if (length <= _scratch.Length)
            {
                r.GetBytes(ordinal, 0, _scratch, 0, length);
                if (Utf8Parser.TryParse(_scratch.AsSpan(0, length), out Guid parsed, out var consumed) && consumed == length)
                {
                    _buffer.WriteGuid(parsed);
                    return;
                }
            }
        }
        _buffer.WriteGuid(r.GetGuid(ordinal));
    }

    private static bool ReadHash(DbDataReader r, int ordinal, byte[] destination)
    {
        if (r.IsDBNull(ordinal))
        {
            return false;
        }
        var length = r.GetBytes(ordinal, 0, null, 0, 0);
        if (length != AuditHashing.HashSize)
        {
            return false;
        }
        r.GetBytes(ordinal, 0, destination, 0, AuditHashing.HashSize);
        return true;
    }
}
