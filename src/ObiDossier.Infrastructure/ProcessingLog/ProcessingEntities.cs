namespace ObiDossier.Infrastructure.ProcessingLog;

/// <summary>
/// One version of an entry in the register of processing activities. Records point to an
/// activity version instead of copying its purpose and legal basis (Logboek Dataverwerkingen).
/// </summary>
public sealed class ProcessingActivityEntity
{
    public required string Id { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Purpose { get; set; }
    public required string LegalBasisCode { get; set; }
    public List<string> DataCategories { get; set; } = [];
    public List<string> Recipients { get; set; } = [];
    public required string Regime { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
}

/// <summary>
/// One processing of one data subject's personal data: span-like fields after the Logius
/// 'Logboek Dataverwerkingen' standard. Never changed or deleted.
/// </summary>
public sealed class ProcessingRecordEntity
{
    public long Id { get; set; }

    /// <summary>W3C Trace Context trace id (32 hex digits).</summary>
    public required string TraceId { get; set; }

    /// <summary>W3C span id (16 hex digits).</summary>
    public required string SpanId { get; set; }

    /// <summary>What was done, e.g. <c>personal-data.read</c>.</summary>
    public required string Name { get; set; }

    public DateTimeOffset StartTime { get; set; }
    public DateTimeOffset EndTime { get; set; }

    /// <summary><c>OK</c> or <c>ERROR</c>, as in OpenTelemetry.</summary>
    public required string StatusCode { get; set; }

    public required string ProcessingActivityId { get; set; }
    public int ProcessingActivityVersion { get; set; }

    /// <summary>The legal basis under which this processing happened (a recipient's read: the disclosure's basis).</summary>
    public required string LegalBasisCode { get; set; }

    /// <summary>Keyed hash of the data subject's identifier; never the identifier itself.</summary>
    public required string DataSubjectId { get; set; }

    /// <summary>What the hashed identifier is, e.g. <c>vreemdelingennummer</c>.</summary>
    public required string DataSubjectType { get; set; }

    public Guid CaseId { get; set; }
    public required string ActorId { get; set; }
    public required string ActorRole { get; set; }
    public required string ActorOrganisation { get; set; }

    /// <summary>The field names processed (never values).</summary>
    public List<string> Fields { get; set; } = [];
}
