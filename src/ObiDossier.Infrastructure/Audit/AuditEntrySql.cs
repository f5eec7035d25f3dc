using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The verifier's two streaming queries, written as plain SQL from the EF model's own table and
/// column names and the provider's quoting, so they run unchanged on every provider.
/// </summary>
internal sealed class AuditEntrySql
{
    /// <summary>In the order <see cref="AuditEntryRow"/> reads them.</summary>
    private static readonly string[] Columns =
    [
        nameof(AuditEntry.Id), nameof(AuditEntry.Sequence), nameof(AuditEntry.At),
        nameof(AuditEntry.ActorId), nameof(AuditEntry.ActorRole), nameof(AuditEntry.ActorOrganisation),
        nameof(AuditEntry.ActorDisplayName), nameof(AuditEntry.Action), nameof(AuditEntry.EntityType),
        nameof(AuditEntry.EntityId), nameof(AuditEntry.CaseId), nameof(AuditEntry.Outcome),
        nameof(AuditEntry.StatusCode), nameof(AuditEntry.Reasons), nameof(AuditEntry.LegalBasisCode),
        nameof(AuditEntry.Motivation), nameof(AuditEntry.ChangedFields), nameof(AuditEntry.TraceId),
        nameof(AuditEntry.EntryHash), nameof(AuditEntry.ChainHash), nameof(AuditEntry.BlockNumber),
    ];

    public AuditEntrySql(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!);

        var select = $"SELECT {string.Join(", ", Columns.Select(Column))} FROM {sql.DelimitIdentifier(store.Name, store.Schema)}";
        var sequence = Column(nameof(AuditEntry.Sequence));
        var id = Column(nameof(AuditEntry.Id));
        var table = sql.DelimitIdentifier(store.Name, store.Schema);
        SealedRange = $"{select} WHERE {sequence} >= @lo AND {sequence} <= @hi ORDER BY {sequence}, {id}";
        IdRange = $"SELECT MIN({id}), MAX({id}) FROM {table} WHERE {sequence} >= @lo AND {sequence} <= @hi";
        StorageRange = $"{select} WHERE {id} >= @idlo AND {id} <= @idhi AND {sequence} >= @lo AND {sequence} <= @hi ORDER BY {id}";
        Pending = $"{select} WHERE {sequence} IS NULL ORDER BY {id}";
    }

    /// <summary>Sealed entries with <c>@lo &lt;= Sequence &lt;= @hi</c>, duplicates included, in chain order.</summary>
    public string SealedRange { get; }

    /// <summary>The least and greatest id of the sealed entries with <c>@lo &lt;= Sequence &lt;= @hi</c> (from the sequence index alone).</summary>
    public string IdRange { get; }

    /// <summary>
    /// The same entries as <see cref="SealedRange"/> (<c>@idlo..@idhi</c> from <see cref="IdRange"/>),
    /// in storage order: a range scan of the table rather than one index lookup per row. The
    /// sealer numbers a block's entries in id order, so for a sound block this is chain order too.
    /// </summary>
    public string StorageRange { get; }

    /// <summary>Unsealed entries in Id order.</summary>
    public string Pending { get; }
}
