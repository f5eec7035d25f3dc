namespace ObiDossier.Domain.Workflows;

/// <summary>
/// An entity that runs a workflow. Its state lives in the entity (the database row), not in the
/// machine: the engine builds a fresh Stateless machine around it for each decision.
/// </summary>
public interface IWorkflowInstance
{
    string WorkflowName { get; }

    /// <summary>The definition version the instance started under; it never changes.</summary>
    int WorkflowVersion { get; }

    string State { get; set; }
}

/// <summary>Why a trigger may not be fired.</summary>
public enum Refusal
{
    /// <summary>The definition has no such trigger.</summary>
    UnknownTrigger,

    /// <summary>The actor's role may not fire it (or it is a system trigger).</summary>
    RoleNotPermitted,

    /// <summary>Not from the instance's current state.</summary>
    NotPermittedInState,

    /// <summary>A required input is missing or an input is malformed.</summary>
    InvalidInputs,

    /// <summary>One or more guards found unmet conditions.</summary>
    GuardsFailed,
}

/// <summary>The engine's answer for one trigger: allowed, or refused with every reason.</summary>
public sealed record TriggerDecision(
    string Trigger,
    Refusal? Refusal,
    IReadOnlyList<UnmetCondition> UnmetConditions,
    TriggerDefinition? Definition,
    TransitionDefinition? Transition)
{
    public bool Allowed => Refusal is null;
}

/// <summary>A trigger a user might fire from the current state, with whether they may and why not.</summary>
public sealed record ActionOption(
    string Trigger,
    string Description,
    IReadOnlyList<InputDefinition> Inputs,
    bool Allowed,
    IReadOnlyList<UnmetCondition> UnmetConditions);

/// <summary>What a fired trigger did.</summary>
public sealed record TransitionResult(string From, string Trigger, string To, TransitionDefinition Transition);

/// <summary>Thrown by <see cref="WorkflowEngine.Fire"/> when the decision was a refusal.</summary>
public sealed class TriggerRefusedException(TriggerDecision decision)
    : InvalidOperationException($"Trigger '{decision.Trigger}' refused: {decision.Refusal}.")
{
    public TriggerDecision Decision { get; } = decision;
}
