using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cli;

/// <summary><c>migrate</c> and <c>audit verify</c>.</summary>
internal static class MaintenanceVerbs
{
    public static async Task<int> MigrateAsync(string[] args)
    {
        await using var host = CommandLine.BuildToolHost(args);
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        Console.WriteLine("The database is up to date.");
        return 0;
    }

    public static async Task<int> AuditAsync(string[] args)
    {
        CommandLine.Options(args, out var positional);
        if (positional.FirstOrDefault() != "verify") return CommandLine.PrintUsage(Console.Error, 2, "Use 'audit verify'.");

        await using var host = CommandLine.BuildToolHost(args);
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        if (result.Valid)
        {
            Console.WriteLine($"The audit trail is intact: {result.Entries} entries, {result.CheckpointsVerified} signed checkpoint(s) verified.");
            return 0;
        }
        Console.Error.WriteLine($"The audit trail is BROKEN at entry {result.FirstBrokenEntry}: {result.Reason}");
        return 1;
    }
}
