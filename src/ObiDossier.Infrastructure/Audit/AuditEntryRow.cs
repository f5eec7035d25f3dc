using System.Data.Common;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// One audit-entry row as the verifier sees it: its ids, its stored hashes and the entry hash
/// recomputed from its stored content, without materialising an entity. Reused for every row,
/// so the hot loop allocates (almost) nothing. Two ways in: any ADO.NET reader, and SQLite's
/// own statement API (<c>AuditEntryRow.Sqlite.cs</c>), which reads text as stored UTF-8.
/// </summary>
internal sealed partial class AuditEntryRow
{
    // Column order of AuditEntrySql.Columns.
    private const int IdOrdinal = 0, SequenceOrdinal = 1, AtOrdinal = 2, ActorIdOrdinal = 3,
        CaseIdOrdinal = 10, OutcomeOrdinal = 11, StatusCodeOrdinal = 12, ReasonsOrdinal = 13,
        EntryHashOrdinal = 18, ChainHashOrdinal = 19, BlockNumberOrdinal = 20;

    // Written instead of a value that cannot even be parsed (a tampered time or GUID): the
    // writer never produces it, so the entry hash mismatches instead of the verifier crashing.
    private const byte Unparseable = 2;

    /// <summary>0x00 ‖ canonical(domain): how <see cref="AuditHashing.ComputeEntryHash"/> starts every entry, encoded once.</summary>
    private static readonly byte[] EntryPrefix = CanonicalBuffer.Encode(b =>
    {
        b.WriteFixed([0]);
        b.WriteString(AuditHashing.EntryDomain);
    });

    private readonly CanonicalBuffer _buffer = new();

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

        BeginEntry();
        try
        {
            _buffer.WriteInt64(r.GetDateTime(AtOrdinal).Ticks);
        }
        catch (FormatException)
        {
            WriteUnparseable(r.GetValue(AtOrdinal).ToString());
        }
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

    /// <summary>Hashes the content encoded by the last read.</summary>
    public void HashContent() => _buffer.HashTo(ComputedEntryHash);

    private void BeginEntry()
    {
        _buffer.Reset();
        _buffer.WriteFixed(EntryPrefix);
    }

    private void WriteUnparseable(string? value)
    {
        _buffer.WriteFixed([Unparseable]);
        _buffer.WriteString(value);
    }

    private void Text(DbDataReader r, int ordinal) =>
        _buffer.WriteString(r.IsDBNull(ordinal) ? null : r.GetString(ordinal));

    private void ReadGuid(DbDataReader r, int ordinal)
    {
        if (r.IsDBNull(ordinal))
        {
            _buffer.WriteGuid(null);
            return;
        }
        try
        {
            _buffer.WriteGuid(r.GetGuid(ordinal));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            WriteUnparseable(r.GetValue(ordinal).ToString());
        }
    }

    private static bool ReadHash(DbDataReader r, int ordinal, byte[] destination)
    {
        if (r.IsDBNull(ordinal))
        {
            return false;
        }
        // GetFieldValue (one small array) rather than GetBytes: Microsoft.Data.Sqlite serves
        // GetBytes on a table column through incremental blob I/O, many times slower.
        var value = r.GetFieldValue<byte[]>(ordinal);
        if (value.Length != AuditHashing.HashSize)
        {
            return false;
        }
        value.CopyTo(destination, 0);
        return true;
    }
}
