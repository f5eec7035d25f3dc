using System.Net;
using ObiDossier.Web.Tests.Resilience;

namespace ObiDossier.Benchmarks.Hosting;

/// <summary>
/// The built host on a loopback port with the benchmark's database settings, and the tokens it
/// accepts. Load is only ever sent to this 127.0.0.1 address.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly HostProcess _host;

    private BenchHost(HostProcess host, HttpClient client)
    {
        _host = host;
        Client = client;
    }

    public HttpClient Client { get; }
    public int ProcessId => _host.ProcessId;

    /// <summary>Settings that select the database: the data folder, and for a server database its provider and connection.</summary>
    public static string[] Settings(string dataDir, IReadOnlyList<string> database) =>
        [$"--ObiDossier:DataDir={dataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true", .. database];

    public static async Task<BenchHost> StartAsync(string dataDir, IReadOnlyList<string> database, string user, string role)
    {
        var token = await TokenAsync(dataDir, database, user, role);
        var host = await HostProcess.StartAsync(dataDir, [.. database]);
        // One pooled client for every simulated user: each concurrent request gets its own connection.
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { Authorization = new("Bearer", token) },
            DefaultRequestVersion = HttpVersion.Version11,
        };
        return new BenchHost(host, client);
    }

    public static async Task<string> TokenAsync(string dataDir, IReadOnlyList<string> database, string user, string role)
    {
        var run = await WebVerb.RunAsync(["dev-token", "--user", user, "--role", role, .. Settings(dataDir, database)], TimeSpan.FromMinutes(1));
        if (run.ExitCode != 0) throw new InvalidOperationException($"dev-token failed: {run.Error}");
        return run.Output.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
