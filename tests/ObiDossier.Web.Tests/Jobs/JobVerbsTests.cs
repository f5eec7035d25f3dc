using ObiDossier.Web.Cli;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary><c>jobs list</c> and <c>jobs run</c>, through the same entry point as the executable.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class JobVerbsTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("obidossier-verbs-").FullName;

    [Fact]
    public async Task Jobs_list_names_every_job_with_its_cron_and_next_run()
    {
        var (exit, output, _) = await RunAsync("jobs", "list");

        Assert.Equal(0, exit);
        foreach (var job in JobNames.All) Assert.Contains(job, output, StringComparison.Ordinal);
        Assert.Contains("0 6 * * *", output, StringComparison.Ordinal);
        Assert.Contains("Europe/Amsterdam", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_run_runs_one_job_as_if_the_clock_said_now()
    {
        var (exit, output, _) = await RunAsync("jobs", "run", "create-sessions", "--now", "2026-11-24T10:00:00Z");
        Assert.Equal(0, exit);
        Assert.Contains("create-sessions: 3 session(s) created: 2026-12-01, 2027-01-05, 2027-02-02", output, StringComparison.Ordinal);

        (exit, output, _) = await RunAsync("jobs", "run", "create-sessions", "--now", "2026-11-24T10:00:00Z");
        Assert.Equal(0, exit);
        Assert.Contains("create-sessions: no session to create", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_run_of_an_unknown_job_exits_2()
    {
        var (exit, _, error) = await RunAsync("jobs", "run", "make-coffee");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown job 'make-coffee'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_that_is_not_a_cron_stops_with_a_message_naming_the_key()
    {
        var (exit, _, error) = await RunAsync("jobs", "list", "--ObiDossier:Schedule:FreezeAgendas:Cron=every tuesday");

        Assert.Equal(1, exit);
        Assert.Contains("ObiDossier:Schedule:FreezeAgendas:Cron 'every tuesday' is not a cron expression", error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await CommandLine.RunAsync([.. args, $"--ObiDossier:DataDir={_dataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"]);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Tests that redirect the process's console do not run beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
