namespace ObiDossier.Web.Tests.Hosting;

/// <summary>The README's workflow diagrams are the graph verb's output, not drawings that drift.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReadmeTests
{
    [Theory]
    [InlineData("1f-case")]
    [InlineData("consultation-session")]
    [InlineData("obi-signal")]
    [InlineData("obi-report")]
    public async Task The_readme_shows_the_current_diagram_of_each_workflow(string workflow)
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var (exit, diagram) = await ConsoleCollection.RunCapturingAsync(["workflows", "graph", workflow]);

        Assert.Equal(0, exit);
        Assert.Contains($"### `{workflow}`\n\n```mermaid\n{diagram.Trim()}\n```", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ObiDossier.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ObiDossier.sln not found above the test folder.");
    }
}
