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
        SealedRange = $"{select} WHERE {sequence} >= @lo AND {sequence} <= @hi ORDER BY {sequence}, {id}";
        Pending = $"{select} WHERE {sequence} IS NULL ORDER BY {id}";
    }

    /// <summary>Sealed entries with <c>@lo &lt;= Sequence &lt;= @hi</c>, duplicates included, in chain order.</summary>
    public string SealedRange { get; }

    /// <summary>Unsealed entries in Id order.</summary>
    public string Pending { get; }
}
