using System.Text.Json;

namespace ObiDossier.Domain.Workflows;

/// <summary>
/// Reads every <c>*.json</c> definition in a folder (the schema beside them excluded), checks each
/// against the schema and the engine's rules, and reports all faults at once.
/// </summary>
public static class WorkflowLoader
{
    public const string SchemaFileName = "workflow.schema.json";

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    private static readonly Lazy<SchemaValidator> Schema = new(LoadSchema);

    /// <summary>Loads a folder; throws <see cref="InvalidWorkflowDefinitionsException"/> listing every fault.</summary>
    /// <param name="requireAllUsed">Also refuse guards and effects that no definition names (the shipped folder; a test folder holds a few).</param>
    public static WorkflowCatalog LoadCatalog(string directory, GuardRegistry guards, EffectRegistry effects, bool requireAllUsed = false)
    {
        var (definitions, faults) = Load(directory, guards, effects);
        if (faults.Count == 0 && requireAllUsed) faults = WorkflowValidator.Unused(definitions, guards, effects, directory);
        if (faults.Count > 0) throw new InvalidWorkflowDefinitionsException(faults);
        return new WorkflowCatalog(definitions);
    }

    public static (IReadOnlyList<WorkflowDefinition> Definitions, IReadOnlyList<WorkflowFault> Faults) Load(string directory, GuardRegistry guards, EffectRegistry effects)
    {
        var faults = new List<WorkflowFault>();
        var definitions = new List<WorkflowDefinition>();
        if (!Directory.Exists(directory))
        {
            faults.Add(new WorkflowFault(directory, "-", "folder not found"));
            return (definitions, faults);
        }

        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !Path.GetFileName(f).EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) faults.Add(new WorkflowFault(directory, "-", "no workflow definitions (*.json) found"));

        foreach (var file in files)
        {
            var definition = Parse(file, File.ReadAllText(file), faults);
            if (definition is null) continue;
            var ownFaults = WorkflowValidator.Validate(definition, guards, effects, Path.GetFileName(file));
            faults.AddRange(ownFaults);
            if (ownFaults.Count == 0) definitions.Add(definition);
        }

        foreach (var duplicate in definitions.GroupBy(d => (d.Name, d.Version)).Where(g => g.Count() > 1))
            foreach (var d in duplicate.Skip(1))
                faults.Add(new WorkflowFault(Path.GetFileName(d.SourceFile!), "/version",
                    $"workflow '{d.Name}' version {d.Version} is also defined in {Path.GetFileName(duplicate.First().SourceFile)}"));

        return (definitions, faults);
    }

    /// <summary>Parses and schema-checks one definition's text; null (with faults added) when it is not usable.</summary>
    public static WorkflowDefinition? Parse(string file, string json, List<WorkflowFault> faults)
    {
        var name = Path.GetFileName(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            faults.Add(new WorkflowFault(name, $"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}", "malformed JSON"));
            return null;
        }

        using (document)
        {
            var violations = Schema.Value.Validate(document.RootElement);
            if (violations.Count > 0)
            {
                faults.AddRange(violations.Select(v => new WorkflowFault(name, v.Path, "schema: " + v.Message)));
                return null;
            }

            var definition = document.RootElement.Deserialize<WorkflowDefinition>(JsonOptions)!;
            return definition with { SourceFile = file };
        }
    }

    private static SchemaValidator LoadSchema()
    {
        using var stream = typeof(WorkflowLoader).Assembly.GetManifestResourceStream(SchemaFileName)
                           ?? throw new InvalidOperationException($"{SchemaFileName} is not embedded in {typeof(WorkflowLoader).Assembly.GetName().Name}.");
        using var schema = JsonDocument.Parse(stream);
        return new SchemaValidator(schema.RootElement.Clone());
    }
}
