using ObiDossier.Web.Cli;

namespace ObiDossier.Web.UiTests;

/// <summary>The host on a database filled by <c>seed-demo</c>, as a new user who follows the README sees it.</summary>
public sealed class SeededUiHost : UiHost
{
    protected override async Task PrepareAsync() =>
        Assert.Equal(0, await SeedDemoVerb.RunAsync([$"--ObiDossier:DataDir={DataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"]));
}
