using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Sessions;

/// <summary>
/// A consultation session as its workflow sees it: the session row, and — when its agenda may be
/// frozen — the queued cases that would go on it, in the order the table takes them (oldest first).
/// </summary>
public sealed class Session(SessionEntity entity, IReadOnlyList<Guid>? queuedCaseIds = null) : IWorkflowInstance
{
    private readonly List<AgendaItemEntity> _agenda = [];

    public SessionEntity Entity { get; } = entity;
    public Guid Id => Entity.Id;
    public string WorkflowName => Entity.WorkflowName;
    public int WorkflowVersion => Entity.WorkflowVersion;

    public string State
    {
        get => Entity.State;
        set => Entity.State = value;
    }

    /// <summary>The cases waiting in the queue when the session was loaded.</summary>
    public IReadOnlyList<Guid> QueuedCaseIds { get; } = queuedCaseIds ?? [];

    /// <summary>The agenda items added by this command (the unit of work adds them).</summary>
    public IReadOnlyList<AgendaItemEntity> AddedAgendaItems => _agenda;

    public void FreezeAgenda(DateTimeOffset at) => Entity.AgendaFrozenAt = at;

    public void AddToAgenda(Guid caseId, DateTimeOffset at) =>
        _agenda.Add(new AgendaItemEntity { SessionId = Id, CaseId = caseId, AddedAt = at });

    public void Touch() => Entity.Version++;
}
