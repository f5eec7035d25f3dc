using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Sessions;

/// <summary>
/// A consultation session as its workflow sees it: the session row, and — when its agenda may be
/// frozen — the queued cases that could go on it.
/// </summary>
public sealed class Session(SessionEntity entity, IReadOnlyList<QueuedCase>? queue = null) : WorkflowAggregate<SessionEntity>(entity)
{
    private readonly List<AgendaItemEntity> _agenda = [];

    public Guid Id => Entity.Id;

    /// <summary>The cases waiting in the queue when the session was loaded.</summary>
    public IReadOnlyList<QueuedCase> Queue { get; } = queue ?? [];

    /// <summary>
    /// The cases the table takes, in its order: the most pressing first (urgent, high, normal),
    /// then the longest in the queue, up to the session's capacity; the rest wait for the next session.
    /// </summary>
    public IReadOnlyList<Guid> Takes() =>
        [.. Queue.OrderBy(q => CasePriorities.Rank(q.Priority)).ThenBy(q => q.QueuedSince).ThenBy(q => q.CaseId)
            .Take(Math.Max(0, Entity.Capacity)).Select(q => q.CaseId)];

    /// <summary>The agenda items added by this command (the unit of work adds them).</summary>
    public IReadOnlyList<AgendaItemEntity> AddedAgendaItems => _agenda;

    public void FreezeAgenda(DateTimeOffset at) => Entity.AgendaFrozenAt = at;

    public void AddToAgenda(Guid caseId, DateTimeOffset at) =>
        _agenda.Add(new AgendaItemEntity { SessionId = Id, CaseId = caseId, AddedAt = at });

    public void Touch() => Entity.Version++;
}

/// <summary>A case waiting in the queue: how pressing it is and since when it waits.</summary>
public sealed record QueuedCase(Guid CaseId, string Priority, DateTimeOffset QueuedSince);
