namespace ObiDossier.Domain.Workflows;

/// <summary>
/// An aggregate around the row that runs a workflow: the state and the pinned definition are the
/// row's, so the engine's changes land in what the unit of work saves. Each workflow's aggregate
/// adds what its guards and effects need.
/// </summary>
public abstract class WorkflowAggregate<TEntity>(TEntity entity) : IWorkflowInstance where TEntity : class, IWorkflowInstance
{
    public TEntity Entity { get; } = entity;
    public string WorkflowName => Entity.WorkflowName;
    public int WorkflowVersion => Entity.WorkflowVersion;

    public string State
    {
        get => Entity.State;
        set => Entity.State = value;
    }
}
