using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Hosting.Providers;

namespace ObiDossier.Web.Cli;

/// <summary><c>migrate [--script]</c> and <c>audit verify</c>.</summary>
internal static class MaintenanceVerbs
{
    public static Task<int> MigrateAsync(string[] args) => MigrateAsync(args, Console.Out);

    /// <summary>
    /// Migrates the configured database, or with <c>--script</c> only prints the idempotent
    /// migration script for the configured provider (for a DBA to review and run), touching no database.
    /// </summary>
    internal static async Task<int> MigrateAsync(string[] args, TextWriter output)
    {
        var options = CommandLine.Options(args, out _);
        await using var host = CommandLine.BuildToolHost(args);
        if (options.ContainsKey("script"))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
            await output.WriteAsync(MigrationScript(db, scope.ServiceProvider.GetRequiredService<IDatabaseProvider>()));
            return 0;
        }
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await output.WriteLineAsync("The database is up to date.");
        return 0;
    }

    /// <summary>Every migration, each guarded by a check of the history table, so it runs on a database at any version.</summary>
    internal static string MigrationScript(ObiDossierDbContext db, IDatabaseProvider provider)
    {
        var migrator = db.GetService<IMigrator>();
        return migrator.GenerateScript(options: provider.IdempotentScripts
            ? MigrationsSqlGenerationOptions.Idempotent
            : MigrationsSqlGenerationOptions.Default);
    }

    public static async Task<int> AuditAsync(string[] args)
    {
        var options = CommandLine.Options(args, out var positional);
        return positional switch
        {
            ["verify"] => await VerifyAsync(args, options.GetValueOrDefault("trusted-checkpoint")),
            ["checkpoint", "export"] => await ExportCheckpointAsync(args),
            _ => CommandLine.PrintUsage(Console.Error, 2, "Use 'audit verify [--trusted-checkpoint FILE]' or 'audit checkpoint export'."),
        };
    }

    private static async Task<int> VerifyAsync(string[] args, string? trustedFile)
    {
        AuditCheckpoint? trusted = null;
        if (trustedFile is not null)
        {
            trusted = File.Exists(trustedFile)
                ? (await File.ReadAllLinesAsync(trustedFile)).Select(l => AuditCheckpoint.Parse(l.Trim())).LastOrDefault(c => c is not null)
                : null;
            if (trusted is null)
            {
                Console.Error.WriteLine($"The trusted checkpoint {trustedFile} cannot be read: give the JSON that 'audit checkpoint export' printed.");
                return 1;
            }
        }
        await using var host = CommandLine.BuildToolHost(args);
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(trusted);
        if (result.Valid)
        {
            Console.WriteLine($"The audit trail is intact: {result.Entries} entries, {result.CheckpointsVerified} signed checkpoint(s) verified"
                + (trusted is null ? "." : $"; it extends the trusted checkpoint at entry {trusted.HeadSequence}."));
            return 0;
        }
        Console.Error.WriteLine(result.FirstBrokenEntry is { } at
            ? $"The audit trail is BROKEN at entry {at}: {result.Reason}"
            : $"The audit trail is BROKEN: {result.Reason}");
        return 1;
    }

    /// <summary>Prints the latest signed checkpoint, for an auditor to keep outside the system and verify against later.</summary>
    private static async Task<int> ExportCheckpointAsync(string[] args)
    {
        await using var host = CommandLine.BuildToolHost(args);
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync();
        }
        if (host.Services.GetRequiredService<AuditCheckpointLog>().Latest() is not { } latest)
        {
            Console.Error.WriteLine("There is no checkpoint yet: nothing has been sealed.");
            return 1;
        }
        Console.WriteLine(latest.ToJsonLine());
        return 0;
    }
}
