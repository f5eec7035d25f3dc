using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// What a command or a personal-data read records. Never put personal-data values here:
/// <paramref name="ChangedFields"/> holds field names, <paramref name="Reasons"/> condition codes
/// or messages without values, and <paramref name="Motivation"/> is the actor's own text.
/// </summary>
public sealed record AuditRecord(
    Actor Actor,
    string Action,
    string EntityType,
    string? EntityId,
    Guid? CaseId,
    AuditOutcome Outcome,
    int StatusCode,
    IReadOnlyList<string>? Reasons = null,
    string? LegalBasisCode = null,
    string? Motivation = null,
    IReadOnlyList<string>? ChangedFields = null,
    string? TraceId = null);

/// <summary>
/// Adds audit entries to the caller's <see cref="DbContext"/>, so the entry commits or rolls
/// back together with the change it records. Takes no lock and reads nothing: the entry is
/// hashed here and chained later by <see cref="AuditSealer"/>, outside the caller's transaction.
/// </summary>
public sealed class AuditWriter(TimeProvider time)
{
    /// <summary>Adds the entry to <paramref name="db"/>; the caller's <c>SaveChanges</c> writes it.</summary>
    public AuditEntry Add(DbContext db, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = Create(record);
        db.Set<AuditEntry>().Add(entry);
        return entry;
    }

    /// <summary>Builds and hashes an entry without adding it anywhere.</summary>
    public AuditEntry Create(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(record.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityType);
        var entry = new AuditEntry
        {
            At = AuditHashing.TruncateToMicroseconds(time.GetUtcNow()),
            ActorId = record.Actor.Id,
            ActorRole = record.Actor.Role,
            ActorOrganisation = record.Actor.Organisation,
            ActorDisplayName = record.Actor.DisplayName,
            Action = record.Action,
            EntityType = record.EntityType,
            EntityId = record.EntityId,
            CaseId = record.CaseId,
            Outcome = record.Outcome,
            StatusCode = record.StatusCode,
            Reasons = ToJson(record.Reasons),
            LegalBasisCode = record.LegalBasisCode,
            Motivation = record.Motivation,
            ChangedFields = ToJson(record.ChangedFields),
            // The trace of the request (or job) being audited, unless the caller names another.
            TraceId = record.TraceId ?? System.Diagnostics.Activity.Current?.TraceId.ToHexString(),
        };
        entry.EntryHash = AuditHashing.ComputeEntryHash(entry);
        return entry;
    }

    // The JSON text is hashed exactly as stored, so any rewrite of it, even an equivalent one,
    // is reported.
    private static string? ToJson(IReadOnlyList<string>? values) =>
        values is null ? null : JsonSerializer.Serialize(values);

    /// <summary>Reads a JSON list column back (for the audit API).</summary>
    public static IReadOnlyList<string> ParseList(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
