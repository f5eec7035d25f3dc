using ObiDossier.Domain.Obi;
using ObiDossier.Web.Tests.Cli;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>The desk's two settings are bound and checked when the host starts.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ObiSettingsTests
{
    [Fact]
    public async Task A_host_with_a_minimum_cell_count_below_two_or_no_retention_refuses_to_start_naming_both_settings()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-obi-settings-").FullName;

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["serve", "--urls=http://127.0.0.1:0", $"--ObiDossier:DataDir={dataDir}",
            "--environment=Development", "--ObiDossier:Jobs:Server=false",
            $"--{ObiSettings.MinimumCellCountKey}=1", $"--{ObiSettings.ReporterRetentionDaysKey}=0"]).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exit);
        Assert.Contains(ObiSettings.MinimumCellCountKey, output, StringComparison.Ordinal);
        Assert.Contains(ObiSettings.ReporterRetentionDaysKey, output, StringComparison.Ordinal);
    }
}
