using Stateless.Graph;

namespace ObiDossier.Domain.Workflows;

/// <summary>Draws a definition with Stateless's own exporters, so the picture is the machine that runs.</summary>
public static class WorkflowGraph
{
    public static string Format(WorkflowEngine engine, WorkflowDefinition definition, string format)
    {
        var state = definition.InitialState;
        var machine = engine.Build(definition, () => state, s => state = s, (_, _) => true);
        return format.ToLowerInvariant() switch
        {
            "mermaid" => MermaidGraph.Format(machine.GetInfo()),
            "dot" => UmlDotGraph.Format(machine.GetInfo()),
            _ => throw new ArgumentException($"Unknown graph format '{format}': use mermaid or dot.", nameof(format)),
        };
    }

    public static bool IsKnownFormat(string format) => format.ToLowerInvariant() is "mermaid" or "dot";
}
