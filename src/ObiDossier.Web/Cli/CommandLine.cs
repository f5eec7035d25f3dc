using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cli;

/// <summary>Dispatches the verbs of the README's "Command line"; without a verb (or with <c>serve</c>) it runs the web host.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: ObiDossier.Web [verb] [options] [--Key=value ...]

          serve                                   run the web host (the default)
          migrate [--script]                      create or upgrade the configured database
                                                  (--script: print the idempotent SQL script instead)
          workflows validate [--dir DIR]          validate the workflow definitions
          workflows graph NAME [--format mermaid|dot]
                                                  print a workflow's diagram
          dev-token --user ID --role ROLE [--org ORG] [--name NAME]
                                                  print a development bearer token
          audit verify [--trusted-checkpoint FILE]
                                                  verify the audit trail and its signed checkpoint log
                                                  (and that the trail still extends an exported checkpoint)
          audit checkpoint export                 print the latest signed checkpoint (JSON) to keep elsewhere
          verify-release FILE                     check the signature of a downloaded formal report (PDF)
          jobs list                               the background jobs, their schedules and next runs
          jobs run JOB [--now ISO8601]            run one background job once (as if the clock said --now)
          seed-demo                               fill an empty database with fictional demo cases
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 || args[0].StartsWith('-') ? "serve" : args[0];
        var rest = args.Length == 0 || args[0].StartsWith('-') ? args : args[1..];
        try
        {
            return verb switch
            {
                "serve" => await ServeAsync(rest),
                "migrate" => await MaintenanceVerbs.MigrateAsync(rest),
                "workflows" => WorkflowVerbs.Run(rest),
                "dev-token" => DevTokenVerb.Run(rest),
                "audit" => await MaintenanceVerbs.AuditAsync(rest),
                "verify-release" => await VerifyReleaseVerb.RunAsync(rest, Console.Out, Console.Error),
                "jobs" => await JobVerbs.RunAsync(rest),
                "seed-demo" => await SeedDemoVerb.RunAsync(rest),
                "help" or "--help" or "-h" => PrintUsage(Console.Out, 0),
                _ => PrintUsage(Console.Error, 2, $"Unknown verb '{verb}'."),
            };
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            Console.Error.WriteLine($"Configuration error: {string.Join(" ", e.Failures)}");
            return 1;
        }
        catch (ObiDossier.Domain.Workflows.InvalidWorkflowDefinitionsException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (DatabaseFault(e) is { } fault)
        {
            // One clear line: which database could not be used and the driver's reason (which never holds the password).
            Console.Error.WriteLine($"The database cannot be used: {fault.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(HostOptions(args));
        builder.AddObiDossierWeb();
        var app = builder.Build();
        app.UseObiDossier();
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The published service runs from any working directory: its settings files, UI assets
    /// (<c>wwwroot</c>) and workflows are found beside the executable, not in the current folder,
    /// unless a content root is given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>).
    /// </summary>
    internal static WebApplicationOptions HostOptions(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory };

    /// <summary>The driver's own error inside <paramref name="e"/>, if the database is what failed (unreachable, refused, missing).</summary>
    private static Exception? DatabaseFault(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException or System.Net.Sockets.SocketException) return e;
        return null;
    }

    internal static int PrintUsage(TextWriter writer, int exitCode, string? message = null)
    {
        if (message is not null) writer.WriteLine(message);
        writer.WriteLine(Usage);
        return exitCode;
    }

    /// <summary>Reads <c>--name value</c> options; configuration overrides (<c>--Key=value</c>) are left to .NET configuration.</summary>
    internal static Dictionary<string, string> Options(string[] args, out List<string> positional)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        positional = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
                positional.Add(args[i]);
        }
        return options;
    }

    /// <summary>A host with the core services and configuration from <paramref name="args"/>, not serving HTTP.</summary>
    /// <param name="args">The verb's arguments; only <c>--Key=value</c> ones reach configuration.</param>
    /// <param name="configure">Lets a verb replace services, e.g. the clock of <c>jobs run --now</c>.</param>
    internal static WebApplication BuildToolHost(string[] args, Action<IServiceCollection>? configure = null)
    {
        var configArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        var builder = WebApplication.CreateBuilder(configArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A verb's output is its stdout (a token, an exported checkpoint, a script): logs go to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddObiDossierCore(builder.Configuration);
        builder.Services.AddObiDossierAuth(builder.Configuration, builder.Environment);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
