using Stateless;

namespace ObiDossier.Domain.Workflows;

/// <summary>
/// The one place where Stateless machines are built from definitions. Answers what an actor may do
/// with an instance, why not, and fires transitions; the instance's state stays in the entity.
/// </summary>
public sealed class WorkflowEngine(WorkflowCatalog catalog, GuardRegistry guards, EffectRegistry effects)
{
    public WorkflowCatalog Catalog { get; } = catalog;
    public GuardRegistry Guards { get; } = guards;
    public EffectRegistry Effects { get; } = effects;

    public WorkflowDefinition DefinitionOf(IWorkflowInstance instance) => Catalog.Get(instance.WorkflowName, instance.WorkflowVersion);

    /// <summary>Every user trigger leaving the current state that the actor's role may fire, allowed or not (and why not).</summary>
    public IReadOnlyList<ActionOption> Options(IWorkflowInstance instance, GuardContext context)
    {
        var definition = DefinitionOf(instance);
        return definition.TransitionsFrom(instance.State)
            .Select(x => definition.Trigger(x.Transition.Trigger)!)
            .Where(t => !t.System)
            .Select(t => (Trigger: t, Decision: Decide(instance, t.Name, context, checkInputs: false)))
            .Where(x => x.Decision.Refusal != Refusal.RoleNotPermitted)
            .Select(x => new ActionOption(x.Trigger.Name, x.Trigger.Description, x.Trigger.Inputs, x.Decision.Allowed, x.Decision.UnmetConditions))
            .ToList();
    }

    /// <summary>Decides whether <paramref name="trigger"/> may be fired now; lists every unmet condition.</summary>
    /// <param name="bySystem">True when the service itself fires it (jobs, session actions): system triggers are then allowed.</param>
    /// <param name="checkGuards">
    /// False to stop after role, state and inputs: the pipeline asks that first, so that it prepares
    /// what a guard needs (e.g. a scan against the vault) only for a trigger that could go ahead.
    /// </param>
    public TriggerDecision Decide(IWorkflowInstance instance, string trigger, GuardContext context, bool bySystem = false, bool checkInputs = true,
        bool checkGuards = true)
    {
        var definition = DefinitionOf(instance);
        var triggerDefinition = definition.Trigger(trigger);
        if (triggerDefinition is null)
            return Refuse(Refusal.UnknownTrigger, "unknown-trigger", $"'{definition.Name}' has no trigger '{trigger}'.");

        var role = context.Actor.Role;
        if (triggerDefinition.System && !bySystem)
            return Refuse(Refusal.RoleNotPermitted, "system-trigger", $"'{trigger}' is fired by the service itself, not by a user.");
        if (!definition.Transitions.Any(t => t.Trigger == trigger && t.Roles.Contains(role)) && !bySystem)
            return Refuse(Refusal.RoleNotPermitted, "role-not-permitted", $"The role '{role}' may not '{trigger}'.");

        var transition = definition.Transition(instance.State, trigger);
        if (transition is null)
            return Refuse(Refusal.NotPermittedInState, "not-permitted-in-state", $"'{trigger}' is not possible in state '{instance.State}'.");
        if (!transition.Roles.Contains(role) && !(bySystem && transition.Roles.Contains(Roles.System)))
            return Refuse(Refusal.RoleNotPermitted, "role-not-permitted", $"The role '{role}' may not '{trigger}' in state '{instance.State}'.");

        if (checkInputs)
        {
            var inputProblems = InputValidator.Validate(triggerDefinition, context.Inputs);
            if (inputProblems.Count > 0) return new TriggerDecision(trigger, Refusal.InvalidInputs, inputProblems, triggerDefinition, transition);
        }

        if (!checkGuards) return new TriggerDecision(trigger, null, [], triggerDefinition, transition);
        var unmet = transition.Guards.SelectMany(g => Guards[g].Check(context)).ToList();
        return unmet.Count > 0
            ? new TriggerDecision(trigger, Refusal.GuardsFailed, unmet, triggerDefinition, transition)
            : new TriggerDecision(trigger, null, [], triggerDefinition, transition);

        TriggerDecision Refuse(Refusal refusal, string code, string message) =>
            new(trigger, refusal, [new UnmetCondition(code, message)], triggerDefinition, null);
    }

    /// <summary>Decides and fires <paramref name="trigger"/> (for callers that hold no decision yet).</summary>
    /// <exception cref="TriggerRefusedException">The decision was a refusal; the instance is unchanged.</exception>
    public TransitionResult Fire(IWorkflowInstance instance, string trigger, GuardContext context, bool bySystem = false) =>
        Fire(instance, Decide(instance, trigger, context, bySystem));

    /// <summary>
    /// Fires an allowed <paramref name="decision"/> through Stateless, changing
    /// <see cref="IWorkflowInstance.State"/>. The guards are not evaluated again: the decision holds
    /// their verdict, and the machine gets it so that Stateless, not this class, performs the
    /// transition — and refuses it should the instance have moved since the decision.
    /// </summary>
    /// <exception cref="TriggerRefusedException">The decision was a refusal; the instance is unchanged.</exception>
    public TransitionResult Fire(IWorkflowInstance instance, TriggerDecision decision)
    {
        if (!decision.Allowed) throw new TriggerRefusedException(decision);
        var from = instance.State;
        var machine = Build(DefinitionOf(instance), () => instance.State, s => instance.State = s,
            (t, _) => ReferenceEquals(t, decision.Transition));
        if (!machine.CanFire(decision.Trigger, out var unmet))
            throw new TriggerRefusedException(decision with { Refusal = Refusal.GuardsFailed, UnmetConditions = unmet.Select(u => new UnmetCondition("guard", u)).ToList() });
        machine.Fire(decision.Trigger);
        return new TransitionResult(from, decision.Trigger, instance.State, decision.Transition!);
    }

    /// <summary>Runs the effects the definition names for <paramref name="result"/>, in their order.</summary>
    public EffectOutcome Apply(IWorkflowInstance instance, TransitionResult result, Actor actor, TriggerInputs inputs, DateTimeOffset now, ITextSealer texts)
    {
        var outcome = new EffectOutcome();
        foreach (var effect in result.Transition.Effects)
            Effects[effect.Name].Apply(new EffectContext(instance, result, effect, actor, inputs, now, texts, outcome));
        return outcome;
    }

    /// <summary>
    /// Builds a Stateless machine for a definition. <paramref name="permits"/> answers each
    /// (transition, from-state) pair's guard; graphs pass a constant so every transition is drawn.
    /// </summary>
    internal StateMachine<string, string> Build(WorkflowDefinition definition, Func<string> read, Action<string> write,
        Func<TransitionDefinition, string, bool> permits)
    {
        var machine = new StateMachine<string, string>(read, write);
        foreach (var state in definition.States) machine.Configure(state.Name);
        foreach (var transition in definition.Transitions)
        {
            var description = Describe(transition);
            foreach (var from in transition.From)
            {
                var configuration = machine.Configure(from);
                var t = transition;
                var f = from;
                if (transition.To == from)
                    configuration.PermitReentryIf(transition.Trigger, () => permits(t, f), description);
                else
                    configuration.PermitIf(transition.Trigger, transition.To, () => permits(t, f), description);
            }
        }
        return machine;
    }

    private static string Describe(TransitionDefinition t) =>
        t.Guards.Count == 0 ? string.Join(", ", t.Roles) : $"{string.Join(", ", t.Roles)} / {string.Join(", ", t.Guards)}"; // no ";": Mermaid reads it as the end of a statement
}
