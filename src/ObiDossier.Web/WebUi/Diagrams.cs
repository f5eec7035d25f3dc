using ObiDossier.Domain.Workflows;

namespace ObiDossier.Web.WebUi;

/// <summary>The workflow as a Mermaid state diagram with the current state highlighted, drawn in the browser by <c>js/diagram.js</c>.</summary>
internal static class Diagrams
{
    public static string Mermaid(WorkflowEngine engine, WorkflowDefinition definition, string currentState)
    {
        var lines = WorkflowGraph.Format(engine, definition, "mermaid").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            // Withdrawing is possible from every state before release: one sentence under the picture says so instead of eight arrows.
            .Where(l => !l.Contains(": withdraw ", StringComparison.Ordinal))
            .ToList();
        lines.Add("\tclassDef current fill:#ffb612,stroke:#154273,stroke-width:3px,color:#000");
        if (definition.State(currentState) is not null) lines.Add($"\tclass {currentState} current");
        return string.Join('\n', lines);
    }
}
