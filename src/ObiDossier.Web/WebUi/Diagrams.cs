using System.Text.RegularExpressions;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Web.WebUi;

/// <summary>The workflow as a Mermaid state diagram in the UI's language, current state highlighted; drawn in the browser by <c>js/diagram.js</c>.</summary>
internal static partial class Diagrams
{
    /// <summary>The diagram text; <paramref name="label"/> gives the display text of a ("State" or "Trigger", name).</summary>
    public static string Mermaid(WorkflowEngine engine, WorkflowDefinition definition, string currentState, Func<string, string, string> label)
    {
        var lines = new List<string> { "stateDiagram-v2" };
        lines.AddRange(definition.States.Select(s => $"\tstate \"{Clean(label("State", s.Name))}\" as {s.Name}"));
        foreach (var line in WorkflowGraph.Format(engine, definition, "mermaid").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            // Stateless labels an arrow "trigger [roles; guards]"; Mermaid reads ';' as the end of a statement, so keep the trigger's name only.
            if (Transition().Match(line) is not { Success: true } m) { lines.Add(line); continue; }
            var trigger = m.Groups["trigger"].Value;
            // Withdrawing is possible from every state before release: one sentence under the picture says so instead of eight arrows.
            if (trigger == CaseWorkflow.Triggers.Withdraw) continue;
            lines.Add($"\t{m.Groups["from"].Value} --> {m.Groups["to"].Value} : {Clean(label("Trigger", trigger))}");
        }
        lines.Add("\tclassDef current fill:#ffb612,stroke:#154273,stroke-width:3px,color:#000");
        if (definition.State(currentState) is not null) lines.Add($"\tclass {currentState} current");
        return string.Join('\n', lines);
    }

    private static string Clean(string text) => new([.. text.Where(c => c is not (';' or '"' or ':' or '#' or '{' or '}' or '<' or '>'))]);

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+) : (?<trigger>[a-z0-9-]+)")]
    private static partial Regex Transition();
}
