using ObiDossier.Web.FormalReports;

namespace ObiDossier.Web.Cli;

/// <summary>
/// <c>verify-release FILE</c>: is this downloaded formal report authentic and unchanged? Exit 0
/// when its one signature covers the whole file, is valid, and was made with this service's own
/// certificate; 1 with the reason otherwise. Reads the certificate, never creates one.
/// </summary>
internal static class VerifyReleaseVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        CommandLine.Options(args, out var positional);
        if (positional.Count != 1) return CommandLine.PrintUsage(error, 2, "Use 'verify-release FILE'.");
        var path = positional[0];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"NOT VERIFIED: the file '{path}' does not exist.");
            return 1;
        }

        await using var host = CommandLine.BuildToolHost(args);
        var own = host.Services.GetRequiredService<ReleaseSigningCertificate>().TryLoad();
        if (own is null)
        {
            await error.WriteLineAsync("NOT VERIFIED: this service has no formal-report signing certificate (none configured or generated).");
            return 1;
        }

        var result = ReleaseVerifier.Verify(await File.ReadAllBytesAsync(path), own);
        if (result.Authentic)
        {
            await output.WriteLineAsync($"AUTHENTIC: {result.Reason}.");
            return 0;
        }
        await error.WriteLineAsync($"NOT VERIFIED: {result.Reason}.");
        return 1;
    }
}
