using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cli;

/// <summary><c>workflows validate [--dir DIR]</c> and <c>workflows graph NAME [--format mermaid|dot]</c>.</summary>
internal static class WorkflowVerbs
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Options(args, out var positional);
        var (guards, effects) = (ShippedWorkflows.Guards(), ShippedWorkflows.Effects());
        var directory = options.GetValueOrDefault("dir") is { Length: > 0 } dir ? dir : new WorkflowOptions().Directory;
        switch (positional.FirstOrDefault())
        {
            case "validate":
            {
                var (definitions, loaded) = WorkflowLoader.Load(directory, guards, effects);
                // A folder that loads must also use every guard and effect the service registers (none is dead code).
                var faults = loaded.Count > 0 ? loaded : WorkflowValidator.Unused(definitions, guards, effects, directory);
                foreach (var fault in faults) Console.Error.WriteLine(fault);
                if (faults.Count > 0)
                {
                    Console.Error.WriteLine($"{faults.Count} fault(s) in {Path.GetFullPath(directory)}.");
                    return 1;
                }
                foreach (var d in definitions) Console.WriteLine($"{Path.GetFileName(d.SourceFile)}: {d.Name} v{d.Version} is valid.");
                return 0;
            }
            case "graph" when positional.Count >= 2:
            {
                var format = options.GetValueOrDefault("format") ?? "mermaid";
                if (!WorkflowGraph.IsKnownFormat(format)) return CommandLine.PrintUsage(Console.Error, 2, "--format is mermaid or dot.");
                var engine = new WorkflowEngine(WorkflowLoader.LoadCatalog(directory, guards, effects), guards, effects);
                var definition = engine.Catalog.TryLatest(positional[1]);
                if (definition is null)
                {
                    Console.Error.WriteLine($"No workflow named '{positional[1]}' in {Path.GetFullPath(directory)}.");
                    return 2;
                }
                Console.WriteLine(WorkflowGraph.Format(engine, definition, format));
                return 0;
            }
            default:
                return CommandLine.PrintUsage(Console.Error, 2, "Use 'workflows validate' or 'workflows graph NAME'.");
        }
    }
}
