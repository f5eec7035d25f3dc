using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Commands;

/// <summary>One command on a workflow instance: who, with which inputs, when, and how.</summary>
/// <param name="Actor">Who fires it.</param>
/// <param name="Inputs">The trigger's inputs.</param>
/// <param name="Now">The moment of the command (one clock reading for all it writes).</param>
/// <param name="Today">The legal day of <paramref name="Now"/>.</param>
/// <param name="BySystem">Fired by the service itself (a job, a cascade): system triggers allowed, visibility not checked.</param>
/// <param name="IfMatch">The version the caller read (If-Match), or null.</param>
internal sealed record CommandContext(Actor Actor, TriggerInputs Inputs, DateTimeOffset Now, DateOnly Today, bool BySystem = false, long? IfMatch = null);

/// <summary>
/// What the command pipeline needs to know about one workflow's instances — how to load the
/// aggregate, who may see it, and how its transitions are written (history, notifications,
/// processing records). One per workflow; the pipeline is the same for all.
/// </summary>
internal interface IWorkflowStore
{
    /// <summary>The workflow definition name, e.g. <c>1f-case</c>.</summary>
    string Workflow { get; }

    /// <summary>The audit's entity type and action prefix, e.g. <c>case</c>.</summary>
    string EntityType { get; }

    /// <summary>The instance loaded whole for one command, tracked for saving; null when there is none.</summary>
    Task<IWorkflowInstance?> LoadAsync(Guid id, CancellationToken ct);

    bool CanSee(IWorkflowInstance instance, Actor actor);

    long Version(IWorkflowInstance instance);

    /// <summary>The case the audit entry is about, if the instance is (or belongs to) one.</summary>
    Guid? CaseId(IWorkflowInstance instance);

    /// <summary>
    /// Loads what the transition's guards need beyond the aggregate (e.g. the scan of a text against
    /// the case's vault values). True when that was a processing of personal data, whose record
    /// stays even if the trigger is then refused.
    /// </summary>
    Task<bool> PrepareAsync(IWorkflowInstance instance, TransitionDefinition transition, CommandContext command, CancellationToken ct);

    /// <summary>Seals the instance's free text (motivations, questions) under its data key.</summary>
    ITextSealer Texts(IWorkflowInstance instance);

    /// <summary>The legal basis in play for a refused trigger, for its audit entry.</summary>
    string? LegalBasisInPlay(IWorkflowInstance instance, TriggerInputs inputs);

    /// <summary>Adds what the transition and its effects created (rows, the history step) and bumps the version.</summary>
    void Stage(IWorkflowInstance instance, TransitionResult result, CommandContext command, string? sealedMotivation);

    /// <summary>Records a processing of the subject's personal data the effects reported.</summary>
    Task RecordProcessingAsync(IWorkflowInstance instance, ProcessingRequest processing, CommandContext command, CancellationToken ct);

    /// <summary>Adds the notifications of the transition for <paramref name="roles"/> (they commit with it: an outbox).</summary>
    Task NotifyAsync(IWorkflowInstance instance, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct);

    /// <summary>Whether the stored instance moved on since it was loaded (a guard judged stale facts: a lost race, not a verdict).</summary>
    Task<bool> ChangedMeanwhileAsync(IWorkflowInstance instance, CancellationToken ct);
}

/// <summary>The typed base of a store: each member sees its own aggregate type.</summary>
internal abstract class WorkflowStore<T> : IWorkflowStore where T : class, IWorkflowInstance
{
    public abstract string Workflow { get; }
    public abstract string EntityType { get; }

    public async Task<IWorkflowInstance?> LoadAsync(Guid id, CancellationToken ct) => await LoadAggregateAsync(id, ct);
    public bool CanSee(IWorkflowInstance instance, Actor actor) => CanSee((T)instance, actor);
    public long Version(IWorkflowInstance instance) => Version((T)instance);
    public Guid? CaseId(IWorkflowInstance instance) => CaseId((T)instance);
    public Task<bool> PrepareAsync(IWorkflowInstance instance, TransitionDefinition transition, CommandContext command, CancellationToken ct) =>
        PrepareAsync((T)instance, transition, command, ct);
    public ITextSealer Texts(IWorkflowInstance instance) => Texts((T)instance);
    public string? LegalBasisInPlay(IWorkflowInstance instance, TriggerInputs inputs) => LegalBasisInPlay((T)instance, inputs);
    public void Stage(IWorkflowInstance instance, TransitionResult result, CommandContext command, string? sealedMotivation) =>
        Stage((T)instance, result, command, sealedMotivation);
    public Task RecordProcessingAsync(IWorkflowInstance instance, ProcessingRequest processing, CommandContext command, CancellationToken ct) =>
        RecordProcessingAsync((T)instance, processing, command, ct);
    public Task NotifyAsync(IWorkflowInstance instance, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct) =>
        NotifyAsync((T)instance, result, roles, now, ct);
    public Task<bool> ChangedMeanwhileAsync(IWorkflowInstance instance, CancellationToken ct) => ChangedMeanwhileAsync((T)instance, ct);

    public abstract Task<T?> LoadAggregateAsync(Guid id, CancellationToken ct);
    protected abstract bool CanSee(T instance, Actor actor);
    protected abstract long Version(T instance);
    protected abstract Guid? CaseId(T instance);
    protected virtual Task<bool> PrepareAsync(T instance, TransitionDefinition transition, CommandContext command, CancellationToken ct) => Task.FromResult(false);
    protected virtual ITextSealer Texts(T instance) => NoTexts.Instance;
    protected virtual string? LegalBasisInPlay(T instance, TriggerInputs inputs) => null;
    protected abstract void Stage(T instance, TransitionResult result, CommandContext command, string? sealedMotivation);
    protected virtual Task RecordProcessingAsync(T instance, ProcessingRequest processing, CommandContext command, CancellationToken ct) =>
        throw new InvalidOperationException($"'{Workflow}' instances hold no personal data to process.");
    protected abstract Task NotifyAsync(T instance, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct);
    protected abstract Task<bool> ChangedMeanwhileAsync(T instance, CancellationToken ct);

    /// <summary>For instances without free text of a data subject: nothing to seal, nothing kept.</summary>
    private sealed class NoTexts : ITextSealer
    {
        public static readonly NoTexts Instance = new();
        public string? Seal(string? text) => text is null ? null : throw new InvalidOperationException("This workflow keeps no free text.");
    }
}
