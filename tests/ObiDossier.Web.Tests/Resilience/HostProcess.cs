using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ObiDossier.Web.Tests.Resilience;

/// <summary>The built host as a real process on a loopback port, so it can be killed like a real one.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        Output = output;
    }

    public Uri Address { get; }

    /// <summary>Every line the host wrote to stdout and stderr so far.</summary>
    public ConcurrentQueue<string> Output { get; }

    /// <summary>For reading the host's memory from /proc (the benchmarks).</summary>
    public int ProcessId => _process.Id;

    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);

    /// <summary>The host built beside the tests, in the Development environment with development auth (allowed only there).</summary>
    public static Task<HostProcess> StartAsync(string dataDir, params string[] settings) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "ObiDossier.Web.dll"), AppContext.BaseDirectory,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            [$"--ObiDossier:DataDir={dataDir}", "--ObiDossier:Auth:Development=true", "--Logging:LogLevel:Default=Warning", .. settings]);

    /// <summary>Any build of the host (e.g. a publish output), from any working directory; its console output is kept in <see cref="Output"/>.</summary>
    public static async Task<HostProcess> StartAsync(string assembly, string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { assembly, "--urls", address.ToString() }.Concat(args))
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        // A wait, not a measurement: generous, because a loaded CI machine (browser tests and their
        // hosts in parallel) can take well over a minute to migrate and seed a fresh database.
        var deadline = DateTime.UtcNow.Add(ReadyWithin);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode}: {string.Join(Environment.NewLine, output)}");
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return new HostProcess(process, address, output);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The host did not become ready within {ReadyWithin.TotalSeconds} s. Its last output:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(20))}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public HttpClient Client(string token) =>
        new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10), DefaultRequestHeaders = { Authorization = new("Bearer", token) } };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
