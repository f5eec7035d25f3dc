namespace ObiDossier.Web.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class VerbTests
{
    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "workflows");

    [Fact]
    public async Task Workflows_validate_exits_0_on_the_shipped_definitions()
    {
        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["workflows", "validate", "--dir", Shipped]);

        Assert.Equal(0, exit);
        Assert.Contains("1f-case v1 is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflows_validate_exits_1_on_an_unknown_guard_naming_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("obidossier-verbs-").FullName;
        foreach (var file in Directory.GetFiles(Shipped, "*.json")) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var path = Path.Combine(dir, "1f-case.v1.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"four-eyes\"]", "\"six-eyes\"]", StringComparison.Ordinal));

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["workflows", "validate", "--dir", dir]);

        Assert.Equal(1, exit);
        Assert.Contains("1f-case.v1.json: /transitions/", output, StringComparison.Ordinal);
        Assert.Contains("unknown guard 'six-eyes'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflows_graph_prints_a_mermaid_state_diagram()
    {
        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["workflows", "graph", "1f-case", "--format", "mermaid"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("stateDiagram-v2", output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("LegalReview --> Released", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_token_prints_a_token_the_host_accepts()
    {
        using var app = new ObiDossierApplication();
        var (exit, output) = await ConsoleCollection.RunCapturingAsync(
            ["dev-token", "--user", "tess", "--role", "auditor", $"--ObiDossier:DataDir={app.DataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"]);
        Assert.Equal(0, exit);

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", output.Trim());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit/verify")).StatusCode);
    }

    [Fact]
    public async Task Dev_token_issues_a_desk_role_for_an_organisation_that_may_hold_it()
    {
        using var app = new ObiDossierApplication();
        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["dev-token", "--user", "ilse", "--role", "obi-intake", "--org", "Vertrouwenslijn",
            $"--ObiDossier:DataDir={app.DataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"]);
        Assert.Equal(0, exit);

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", output.Trim());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/obi/signals")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Theory]
    [InlineData("dev-token", "--user", "x", "--role", "judge")]
    [InlineData("dev-token", "--user", "x", "--role", "om-prosecutor", "--org", "IND")]
    [InlineData("dev-token", "--user", "x", "--role", "obi-analyst", "--org", "Politie")]
    [InlineData("dev-token", "--user", "x", "--role", "obi-intake")]
    [InlineData("dev-token", "--user", "x", "--role", "obi-partner", "--organisation", "Vertrouwenslijn")]
    [InlineData("no-such-verb")]
    public async Task Bad_verb_arguments_exit_2(params string[] args)
    {
        var (exit, _) = await ConsoleCollection.RunCapturingAsync(args);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Migrate_creates_the_database_in_the_data_folder()
    {
        var dir = Directory.CreateTempSubdirectory("obidossier-migrate-").FullName;

        var (exit, _) = await ConsoleCollection.RunCapturingAsync(["migrate", $"--ObiDossier:DataDir={dir}"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(dir, "obidossier.db")));
    }
}
