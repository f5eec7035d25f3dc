using ObiDossier.Web.Cli;

namespace ObiDossier.Web;

/// <summary>One executable: the web host (no verb, or <c>serve</c>) and the command-line verbs of the README's "Command line".</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args);
}
