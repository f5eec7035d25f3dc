using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Sessions;

/// <summary>A meeting of the consultation table.</summary>
public sealed class SessionEntity : IWorkflowInstance
{
    public Guid Id { get; set; }
    public DateOnly Date { get; set; }
    public required string WorkflowName { get; set; }
    public int WorkflowVersion { get; set; }
    public required string State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AgendaFrozenAt { get; set; }

    /// <summary>How many cases the session can discuss: freezing its agenda takes at most this many, most pressing first.</summary>
    public int Capacity { get; set; } = DefaultCapacity;

    public long Version { get; set; }

    /// <summary>The shipped default of <c>ObiDossier:Schedule:SessionCapacity</c>.</summary>
    public const int DefaultCapacity = 10;
}

/// <summary>
/// The minutes of a session: who attended (organisations), the decisions as text (scanned: both
/// organisations read it). The outcome of each agenda item is not stored here: it is derived from
/// the triggers fired on the case, so it cannot disagree with the history.
/// </summary>
public sealed class SessionMinutesEntity
{
    public const int DecisionsMaxLength = 8000;

    public Guid SessionId { get; set; }
    public List<string> Attendance { get; set; } = [];
    public string Decisions { get; set; } = "";
    public required string RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A case on a session's agenda (a case can be on several sessions over time).</summary>
public sealed class AgendaItemEntity
{
    public Guid SessionId { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
