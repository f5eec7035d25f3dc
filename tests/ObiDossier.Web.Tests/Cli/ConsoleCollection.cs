using ObiDossier.Web.Cli;

namespace ObiDossier.Web.Tests;

/// <summary>Tests that run verbs in-process share the console, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<int> RunAsync(string[] args) => (await RunCapturingAsync(args)).Exit;

    /// <summary>Runs a verb as the executable would, returning its exit code and everything it wrote.</summary>
    public static async Task<(int Exit, string Output)> RunCapturingAsync(string[] args)
    {
        await Gate.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            Console.SetError(captured);
            var exit = await CommandLine.RunAsync(args);
            return (exit, captured.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Gate.Release();
        }
    }
}
