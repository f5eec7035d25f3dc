namespace ObiDossier.Domain.Workflows;

/// <summary>
/// The engine's rules beyond the schema: every name refers to something that exists, every state
/// is reachable, every non-final state has a way out, no two transitions compete for one trigger.
/// </summary>
public static class WorkflowValidator
{
    public static IReadOnlyList<WorkflowFault> Validate(WorkflowDefinition d, GuardRegistry guards, EffectRegistry effects, string file)
    {
        var faults = new List<WorkflowFault>();
        void Fault(string place, string message) => faults.Add(new WorkflowFault(file, place, message));

        var states = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.States.Count; i++)
            if (!states.Add(d.States[i].Name)) Fault($"/states/{i}/name", $"state '{d.States[i].Name}' is defined twice");

        var triggers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Triggers.Count; i++)
        {
            var trigger = d.Triggers[i];
            if (!triggers.Add(trigger.Name)) Fault($"/triggers/{i}/name", $"trigger '{trigger.Name}' is defined twice");
            var inputs = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < trigger.Inputs.Count; j++)
                if (!inputs.Add(trigger.Inputs[j].Name))
                    Fault($"/triggers/{i}/inputs/{j}/name", $"input '{trigger.Inputs[j].Name}' of trigger '{trigger.Name}' is defined twice");
        }

        if (!states.Contains(d.InitialState)) Fault("/initialState", $"unknown state '{d.InitialState}'");

        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < d.Transitions.Count; i++)
            CheckTransition(d, i, states, guards, effects, seen, Fault);

        foreach (var unused in d.Triggers.Select((t, i) => (t, i)).Where(x => d.Transitions.All(t => t.Trigger != x.t.Name)))
            Fault($"/triggers/{unused.i}", $"trigger '{unused.t.Name}' is used by no transition");

        if (faults.Count == 0) CheckGraph(d, Fault);
        return faults;
    }

    private static void CheckTransition(WorkflowDefinition d, int i, HashSet<string> states, GuardRegistry guards, EffectRegistry effects,
        Dictionary<(string, string), int> seen, Action<string, string> fault)
    {
        var t = d.Transitions[i];
        var at = $"/transitions/{i}";
        for (var j = 0; j < t.From.Count; j++)
        {
            var from = t.From[j];
            var place = t.From.Count == 1 ? $"{at}/from" : $"{at}/from/{j}";
            if (!states.Contains(from)) fault(place, $"unknown state '{from}'");
            else if (d.State(from)!.Final && t.To != from) fault(place, $"state '{from}' is final: no transition may leave it");
            if (seen.TryGetValue((from, t.Trigger), out var other))
                fault(place, $"duplicate or ambiguous transition: '{t.Trigger}' from '{from}' is also defined at /transitions/{other}");
            else seen[(from, t.Trigger)] = i;
        }

        if (!states.Contains(t.To)) fault($"{at}/to", $"unknown state '{t.To}'");
        var trigger = d.Trigger(t.Trigger);
        if (trigger is null) fault($"{at}/trigger", $"unknown trigger '{t.Trigger}'");
        else if (trigger.System && !t.Roles.Contains(Roles.System))
            fault($"{at}/roles", $"'{t.Trigger}' is a system trigger: its roles must include '{Roles.System}'");

        for (var j = 0; j < t.Roles.Count; j++)
            if (!Roles.All.Contains(t.Roles[j])) fault($"{at}/roles/{j}", $"unknown role '{t.Roles[j]}'");
        for (var j = 0; j < t.Guards.Count; j++)
            if (!guards.Contains(t.Guards[j])) fault($"{at}/guards/{j}", $"unknown guard '{t.Guards[j]}' (no guard of that name is registered)");
        for (var j = 0; j < t.Effects.Count; j++)
        {
            var effect = t.Effects[j];
            if (!effects.Contains(effect.Name))
            {
                fault($"{at}/effects/{j}", $"unknown effect '{effect.Name}' (no effect of that name is registered)");
                continue;
            }
            if (effects[effect.Name].Workflow is { } owner && owner != d.Name)
                fault($"{at}/effects/{j}", $"effect '{effect.Name}' acts on '{owner}' instances, not on '{d.Name}'");
            if (effect.Name == CommonEffects.Notify && (effect.Role is null || !Roles.Human.Contains(effect.Role)))
                fault($"{at}/effects/{j}", "a notify effect names the role to notify");
            if (effect.Name != CommonEffects.Notify && effect.Role is not null)
                fault($"{at}/effects/{j}/role", $"effect '{effect.Name}' takes no role");
        }
    }

    /// <summary>
    /// Guards and effects registered in code that no definition names: dead rules, or a definition
    /// that lost a step. Checked over the whole catalog (one definition need not use them all).
    /// </summary>
    public static IReadOnlyList<WorkflowFault> Unused(IReadOnlyCollection<WorkflowDefinition> definitions, GuardRegistry guards, EffectRegistry effects, string folder)
    {
        var usedGuards = definitions.SelectMany(d => d.Transitions).SelectMany(t => t.Guards).ToHashSet(StringComparer.Ordinal);
        var usedEffects = definitions.SelectMany(d => d.Transitions).SelectMany(t => t.Effects).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. guards.Names.Where(g => !usedGuards.Contains(g)).Order(StringComparer.Ordinal)
                .Select(g => new WorkflowFault(folder, "-", $"guard '{g}' is registered but no definition names it")),
            .. effects.Names.Where(e => !usedEffects.Contains(e)).Order(StringComparer.Ordinal)
                .Select(e => new WorkflowFault(folder, "-", $"effect '{e}' is registered but no definition names it")),
        ];
    }

    private static void CheckGraph(WorkflowDefinition d, Action<string, string> fault)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { d.InitialState };
        var queue = new Queue<string>([d.InitialState]);
        while (queue.TryDequeue(out var state))
            foreach (var (_, t) in d.TransitionsFrom(state))
                if (reached.Add(t.To)) queue.Enqueue(t.To);

        for (var i = 0; i < d.States.Count; i++)
        {
            var state = d.States[i];
            if (!reached.Contains(state.Name))
                fault($"/states/{i}", $"state '{state.Name}' is unreachable from '{d.InitialState}'");
            if (!state.Final && !d.TransitionsFrom(state.Name).Any(x => x.Transition.To != state.Name))
                fault($"/states/{i}", $"state '{state.Name}' is not final but has no way out");
        }
    }
}
