namespace ObiDossier.Domain.Workflows;

/// <summary>The loaded definitions, by name and version. Instances pin the version they started under.</summary>
public sealed class WorkflowCatalog
{
    private readonly Dictionary<string, SortedList<int, WorkflowDefinition>> _byName = new(StringComparer.Ordinal);

    public WorkflowCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_byName.TryGetValue(definition.Name, out var versions))
                _byName[definition.Name] = versions = new SortedList<int, WorkflowDefinition>();
            versions.Add(definition.Version, definition);
        }
    }

    /// <summary>The newest version of each workflow.</summary>
    public IEnumerable<WorkflowDefinition> Latest() => _byName.Values.Select(v => v.Values[^1]).OrderBy(d => d.Name, StringComparer.Ordinal);

    public IEnumerable<WorkflowDefinition> Versions(string name) =>
        _byName.TryGetValue(name, out var versions) ? versions.Values : [];

    /// <summary>The newest version: what a new instance starts under.</summary>
    public WorkflowDefinition Latest(string name) =>
        TryLatest(name) ?? throw new KeyNotFoundException($"No workflow named '{name}' is loaded.");

    public WorkflowDefinition? TryLatest(string name) =>
        _byName.TryGetValue(name, out var versions) ? versions.Values[^1] : null;

    /// <summary>The exact version an instance pinned.</summary>
    public WorkflowDefinition Get(string name, int version) =>
        _byName.TryGetValue(name, out var versions) && versions.TryGetValue(version, out var definition)
            ? definition
            : throw new KeyNotFoundException($"Workflow '{name}' version {version} is not loaded.");
}
