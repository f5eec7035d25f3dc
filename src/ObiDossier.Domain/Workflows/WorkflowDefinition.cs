using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Workflows;

/// <summary>A workflow definition as written in <c>workflows/*.json</c> (see <c>workflow.schema.json</c>).</summary>
public sealed record WorkflowDefinition
{
    public required string Name { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string InitialState { get; init; }
    public required IReadOnlyList<StateDefinition> States { get; init; }
    public required IReadOnlyList<TriggerDefinition> Triggers { get; init; }
    public required IReadOnlyList<TransitionDefinition> Transitions { get; init; }

    /// <summary>The file the definition was loaded from (for messages), if any.</summary>
    [JsonIgnore]
    public string? SourceFile { get; init; }

    public StateDefinition? State(string name) => States.FirstOrDefault(s => s.Name == name);

    public TriggerDefinition? Trigger(string name) => Triggers.FirstOrDefault(t => t.Name == name);

    /// <summary>The transitions that leave <paramref name="state"/>, in definition order.</summary>
    public IEnumerable<(string From, TransitionDefinition Transition)> TransitionsFrom(string state) =>
        Transitions.SelectMany(t => t.From.Where(f => f == state).Select(f => (f, t)));

    public TransitionDefinition? Transition(string state, string trigger) =>
        Transitions.FirstOrDefault(t => t.Trigger == trigger && t.From.Contains(state));

    public override string ToString() => $"{Name} v{Version}";
}

public sealed record StateDefinition
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool Final { get; init; }
}

public sealed record TriggerDefinition
{
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>Fired only by the service itself (jobs, session actions), never by a user's request.</summary>
    public bool System { get; init; }

    public IReadOnlyList<InputDefinition> Inputs { get; init; } = [];
}

public sealed record InputDefinition
{
    public required string Name { get; init; }

    /// <summary><c>text</c>, <c>string</c>, <c>string-list</c> or <c>date</c>.</summary>
    public required string Type { get; init; }

    public bool Required { get; init; }
    public required string Description { get; init; }
}

public sealed record TransitionDefinition
{
    /// <summary>The states this transition leaves from (the JSON allows one string or a list).</summary>
    [JsonConverter(typeof(OneOrManyStringsConverter))]
    public required IReadOnlyList<string> From { get; init; }

    public required string Trigger { get; init; }
    public required string To { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public IReadOnlyList<string> Guards { get; init; } = [];
    public IReadOnlyList<EffectDefinition> Effects { get; init; } = [];
}

/// <summary>
/// A named effect of a transition, as a guard is a named condition: code registers it by
/// <see cref="Name"/> (<see cref="IWorkflowEffect"/>), the definition says when it runs. In JSON a
/// plain string (<c>"record-interest"</c>) or an object with arguments (<c>{ "name": "notify", "role": "ind-officer" }</c>).
/// </summary>
[JsonConverter(typeof(EffectDefinitionConverter))]
public sealed record EffectDefinition
{
    public required string Name { get; init; }

    /// <summary>For <c>notify</c>: the role to notify.</summary>
    public string? Role { get; init; }

    public override string ToString() => Role is null ? Name : $"{Name}({Role})";
}
