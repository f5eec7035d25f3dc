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
    public long Version { get; set; }
}

/// <summary>A case on a session's agenda (a case can be on several sessions over time).</summary>
public sealed class AgendaItemEntity
{
    public Guid SessionId { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
