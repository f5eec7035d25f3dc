using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Workflows;

public sealed record WorkflowSummary(string Name, int Version, string Title, string? Description, IReadOnlyList<int> Versions);

/// <summary>The workflow definitions and their diagrams, for everyone.</summary>
internal static class WorkflowsApi
{
    public static RouteGroupBuilder MapWorkflows(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/workflows").WithTags("Workflows").RequireAuthorization(AuthSetup.Policies.AnyRole);
        group.MapGet("/", List);
        group.MapGet("/{name}", Get);
        group.MapGet("/{name}/graph", Graph);
        return group;
    }

    public static Ok<List<WorkflowSummary>> List(WorkflowEngine engine) =>
        TypedResults.Ok(engine.Catalog.Latest().Select(d => new WorkflowSummary(d.Name, d.Version, d.Title, d.Description,
            [.. engine.Catalog.Versions(d.Name).Select(v => v.Version)])).ToList());

    public static Results<Ok<WorkflowDefinition>, ProblemHttpResult> Get(string name, int? version, WorkflowEngine engine)
    {
        var definition = Find(engine, name, version);
        return definition is null ? Problems.NotFound("Workflow") : TypedResults.Ok(definition);
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Graph(string name, int? version, string? format, WorkflowEngine engine)
    {
        var definition = Find(engine, name, version);
        if (definition is null) return Problems.NotFound("Workflow");
        format ??= "mermaid";
        if (!WorkflowGraph.IsKnownFormat(format)) return Problems.BadRequest("format: mermaid or dot.");
        return TypedResults.Text(WorkflowGraph.Format(engine, definition, format), format == "dot" ? "text/vnd.graphviz" : "text/plain");
    }

    private static WorkflowDefinition? Find(WorkflowEngine engine, string name, int? version) =>
        version is null ? engine.Catalog.TryLatest(name) : engine.Catalog.Versions(name).FirstOrDefault(d => d.Version == version);
}
