using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Workflows;

internal static class TestWorkflows
{
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static GuardRegistry Guards() => ShippedWorkflows.Guards();

    public static EffectRegistry Effects() => ShippedWorkflows.Effects();

    public static WorkflowEngine Engine(string? directory = null)
    {
        var (guards, effects) = (Guards(), Effects());
        return new WorkflowEngine(WorkflowLoader.LoadCatalog(directory ?? ShippedDirectory, guards, effects), guards, effects);
    }

    /// <summary>A copy of the shipped definitions in a fresh folder, for tests that break or add one.</summary>
    public static string CopyShipped()
    {
        var dir = Directory.CreateTempSubdirectory("obidossier-workflows-").FullName;
        foreach (var file in Directory.GetFiles(ShippedDirectory, "*.json"))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    public static Actor Officer(string id = "officer-1") => new(id, Roles.IndOfficer, Organisations.Ind, id);
    public static Actor Prosecutor(string id = "prosecutor-1") => new(id, Roles.OmProsecutor, Organisations.Om, id);
    public static Actor Reviewer(string id = "reviewer-1") => new(id, Roles.LegalReviewer, Organisations.Ind, id);
    public static Actor Admin(string id = "admin-1") => new(id, Roles.Admin, Organisations.Ind, id);
}

internal sealed class TestInstance(string workflow, int version, string state) : IWorkflowInstance
{
    public string WorkflowName { get; } = workflow;
    public int WorkflowVersion { get; } = version;
    public string State { get; set; } = state;
}
