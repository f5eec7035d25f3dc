using System.Diagnostics;

namespace ObiDossier.Benchmarks.Hosting;

/// <summary>The result of one verb run of the built host: exit code, output, wall time and peak memory.</summary>
internal sealed record VerbRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, double? PeakMiB, TimeSpan? Cpu);

/// <summary>Runs a verb of the built host (<c>migrate</c>, <c>dev-token</c>, <c>audit verify</c>) as its own process.</summary>
internal static class WebVerb
{
    public static async Task<VerbRun> RunAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ObiDossier.Web.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The verb did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // VmHWM and CPU time only grow, so the last reading before exit is right up to a few milliseconds.
        double? peak = null;
        TimeSpan? cpu = null;
        using var cts = new CancellationTokenSource(timeout);
        var exited = process.WaitForExitAsync(cts.Token);
        while (!exited.IsCompleted)
        {
            peak = ProcMemory.PeakMiB(process.Id) ?? peak;
            cpu = ProcCpu.Used(process.Id) ?? cpu;
            await Task.WhenAny(exited, Task.Delay(20, CancellationToken.None));
        }
        if (exited.IsCanceled)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The verb '{string.Join(' ', start.ArgumentList.Skip(1).Take(2))}' did not finish within {timeout}.");
        }
        clock.Stop();
        return new VerbRun(process.ExitCode, await output, await error, clock.Elapsed, peak, cpu);
    }
}
