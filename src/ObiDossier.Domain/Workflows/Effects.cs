namespace ObiDossier.Domain.Workflows;

/// <summary>
/// A named effect: one job a transition does besides changing the state (record an interest,
/// ask a question, notify a role). Definitions name effects; code registers them, as for guards.
/// An effect changes the instance (an aggregate, loaded whole) and reports what it changed in the
/// <see cref="EffectContext"/>; it does no I/O, so it is tested without a database.
/// </summary>
public interface IWorkflowEffect
{
    string Name { get; }

    /// <summary>One line for people and for the diagram.</summary>
    string Description { get; }

    /// <summary>The workflow whose definitions may name it; null when any workflow may (e.g. <c>notify</c>).</summary>
    string? Workflow { get; }

    void Apply(EffectContext context);
}

/// <summary>An effect on instances of <typeparamref name="TInstance"/>, the aggregate its workflow runs on.</summary>
public abstract class WorkflowEffect<TInstance> : IWorkflowEffect where TInstance : class, IWorkflowInstance
{
    public abstract string Name { get; }
    public abstract string Description { get; }
    public abstract string? Workflow { get; }

    public void Apply(EffectContext context) => Apply(context.Instance<TInstance>(), context);

    protected abstract void Apply(TInstance instance, EffectContext context);
}

/// <summary>The effects known to the engine, by name.</summary>
public sealed class EffectRegistry
{
    private readonly Dictionary<string, IWorkflowEffect> _effects = new(StringComparer.Ordinal);

    public EffectRegistry(IEnumerable<IWorkflowEffect> effects)
    {
        foreach (var effect in effects)
            if (!_effects.TryAdd(effect.Name, effect))
                throw new InvalidOperationException($"Effect '{effect.Name}' is registered twice.");
    }

    public bool Contains(string name) => _effects.ContainsKey(name);

    public IReadOnlyCollection<string> Names => _effects.Keys;

    public IWorkflowEffect this[string name] =>
        _effects.TryGetValue(name, out var effect) ? effect : throw new KeyNotFoundException($"Unknown effect '{name}'.");
}

/// <summary>
/// What an effect works with — the instance, the transition, who fired it with which inputs, when
/// — and where it reports what it did: the fields it changed, the roles to notify, the records of
/// processing personal data, the rows it added and the commands it cascades to other instances.
/// The command pipeline writes all of it in the same unit of work as the transition.
/// </summary>
public sealed class EffectContext(
    object instance, TransitionResult transition, EffectDefinition effect, Actor actor, TriggerInputs inputs, DateTimeOffset now,
    ITextSealer texts, EffectOutcome outcome)
{
    public TransitionResult Transition { get; } = transition;
    public EffectDefinition Effect { get; } = effect;
    public Actor Actor { get; } = actor;
    public TriggerInputs Inputs { get; } = inputs;
    public DateTimeOffset Now { get; } = now;

    /// <summary>Seals free text under the instance's data key (free text may hold personal data).</summary>
    public ITextSealer Texts { get; } = texts;

    public EffectOutcome Outcome { get; } = outcome;

    public T Instance<T>() where T : class =>
        instance as T ?? throw new InvalidOperationException($"Effect '{Effect.Name}' needs a {typeof(T).Name}, not a {instance.GetType().Name}.");
}

/// <summary>Seals and opens free text under an instance's data key; null stays null.</summary>
public interface ITextSealer
{
    string? Seal(string? text);
}

/// <summary>What the effects of one transition did, for the unit of work to write.</summary>
public sealed class EffectOutcome
{
    /// <summary>The names of what changed besides the state (for the audit entry).</summary>
    public List<string> ChangedFields { get; } = [];

    /// <summary>The roles to notify, in definition order, each once.</summary>
    public List<string> NotifiedRoles { get; } = [];

    /// <summary>Processings of the subject's personal data the transition performed (each becomes a processing record).</summary>
    public List<ProcessingRequest> Processings { get; } = [];

    /// <summary>Triggers to fire on other instances in the same unit of work (e.g. a frozen agenda moves its cases).</summary>
    public List<CascadeRequest> Cascades { get; } = [];

    /// <summary>The legal basis the transition acts under, when it cites one (for the audit entry).</summary>
    public string? LegalBasisCode { get; set; }

    public void Changed(params string[] fields)
    {
        foreach (var field in fields)
            if (!ChangedFields.Contains(field)) ChangedFields.Add(field);
    }
}

/// <summary>A processing of personal data to record: its name, processing activity, legal basis and the fields it touched.</summary>
public sealed record ProcessingRequest(string Name, string Activity, string LegalBasisCode, IReadOnlyList<string> Fields);

/// <summary>
/// A trigger to fire on another instance within the same unit of work; <paramref name="Done"/>
/// hears whether it went ahead (a refusal is audited and leaves the rest standing).
/// </summary>
public sealed record CascadeRequest(string Workflow, Guid InstanceId, string Trigger, TriggerInputs Inputs, Action<bool> Done);

/// <summary>
/// The instance changed under the command after it was loaded (a concurrent command committed):
/// the command is a lost race, answered 409 by the pipeline.
/// </summary>
public sealed class InstanceChangedException() : InvalidOperationException("The instance changed after it was loaded.");

/// <summary>The effects every workflow may name.</summary>
public static class CommonEffects
{
    public const string Notify = "notify";

    public static IEnumerable<IWorkflowEffect> All()
    {
        yield return new NotifyEffect();
    }

    /// <summary><c>notify</c>: the role named in the definition hears of the transition (the pipeline picks the persons).</summary>
    private sealed class NotifyEffect : IWorkflowEffect
    {
        public string Name => Notify;
        public string Description => "notify the role named in the definition";
        public string? Workflow => null;

        public void Apply(EffectContext context)
        {
            var role = context.Effect.Role ?? throw new InvalidOperationException("A notify effect names its role.");
            if (!context.Outcome.NotifiedRoles.Contains(role)) context.Outcome.NotifiedRoles.Add(role);
        }
    }
}
