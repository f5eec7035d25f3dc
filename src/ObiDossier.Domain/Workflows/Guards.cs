namespace ObiDossier.Domain.Workflows;

/// <summary>
/// A named guard: a pure function of a <see cref="GuardContext"/> that returns the conditions it
/// finds unmet (none when the transition may go ahead). Definitions name guards; code registers them.
/// </summary>
public interface IWorkflowGuard
{
    string Name { get; }

    /// <summary>One line for people and for the workflow diagram.</summary>
    string Description { get; }

    IReadOnlyList<UnmetCondition> Check(GuardContext context);
}

/// <summary>
/// Everything the guards of one transition need, loaded before the machine runs
/// (Stateless guards are synchronous): the actor, the trigger's inputs, the clock and the facts.
/// </summary>
public sealed class GuardContext(Actor actor, TriggerInputs inputs, DateTimeOffset now, params object[] facts)
{
    private readonly object[] _facts = facts;

    public Actor Actor { get; } = actor;
    public TriggerInputs Inputs { get; } = inputs;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The legal day of <see cref="Now"/> (the service's calendar zone); UTC's day unless the caller sets it.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>The fact of type <typeparamref name="T"/>; a guard asking for a fact nobody loaded is a programming error.</summary>
    public T Fact<T>() where T : class =>
        _facts.OfType<T>().FirstOrDefault()
        ?? throw new InvalidOperationException($"No {typeof(T).Name} was loaded into the guard context.");
}

/// <summary>A guard built from a delegate, for guards that need no state of their own.</summary>
public sealed class DelegateGuard(string name, string description, Func<GuardContext, IReadOnlyList<UnmetCondition>> check)
    : IWorkflowGuard
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public IReadOnlyList<UnmetCondition> Check(GuardContext context) => check(context);
}

/// <summary>The guards known to the engine, by name.</summary>
public sealed class GuardRegistry
{
    private readonly Dictionary<string, IWorkflowGuard> _guards = new(StringComparer.Ordinal);

    public GuardRegistry(IEnumerable<IWorkflowGuard> guards)
    {
        foreach (var guard in guards)
            if (!_guards.TryAdd(guard.Name, guard))
                throw new InvalidOperationException($"Guard '{guard.Name}' is registered twice.");
    }

    public bool Contains(string name) => _guards.ContainsKey(name);

    public IWorkflowGuard this[string name] =>
        _guards.TryGetValue(name, out var guard) ? guard : throw new KeyNotFoundException($"Unknown guard '{name}'.");

    public IEnumerable<string> Names => _guards.Keys;
}
