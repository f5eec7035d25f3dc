namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// One append-only audit entry. Written by <see cref="AuditWriter"/> inside the caller's
/// transaction with only <see cref="EntryHash"/> set; <see cref="Sequence"/>,
/// <see cref="ChainHash"/> and <see cref="BlockNumber"/> are filled in later by
/// <see cref="AuditSealer"/>. Never holds personal-data values: callers pass field names,
/// codes and motivations only.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Database-generated; its order is the insert order, not the commit order.</summary>
    public long Id { get; set; }

    /// <summary>Dense 1..N position in the sealed chain; <c>null</c> until sealed.</summary>
    public long? Sequence { get; set; }

    /// <summary>UTC, truncated to whole microseconds so that every provider stores it exactly.</summary>
    public DateTime At { get; set; }

    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string ActorOrganisation { get; set; } = "";
    public string ActorDisplayName { get; set; } = "";

    /// <summary>E.g. <c>case.create</c>, <c>case.trigger.submit</c>, <c>case.personal-data.read</c>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public Guid? CaseId { get; set; }
    public AuditOutcome Outcome { get; set; }
    public int StatusCode { get; set; }

    /// <summary>Reasons or unmet-condition codes as a JSON array of strings.</summary>
    public string? Reasons { get; set; }

    public string? LegalBasisCode { get; set; }
    public string? Motivation { get; set; }

    /// <summary>Names (never values) of the changed fields as a JSON array of strings.</summary>
    public string? ChangedFields { get; set; }

    /// <summary>W3C trace id of the request.</summary>
    public string? TraceId { get; set; }

    /// <summary>SHA-256 of the canonical encoding of the content (<see cref="AuditHashing.ComputeEntryHash"/>).</summary>
    public byte[] EntryHash { get; set; } = [];

    /// <summary>SHA-256 link to the previous entry (<see cref="AuditHashing.ComputeChainHash"/>); <c>null</c> until sealed.</summary>
    public byte[]? ChainHash { get; set; }

    /// <summary>The <see cref="AuditBlock"/> that sealed this entry; <c>null</c> until sealed.</summary>
    public long? BlockNumber { get; set; }
}

/// <summary>Whether the audited command succeeded or was refused.</summary>
public enum AuditOutcome
{
    Succeeded,
    Refused,
}
