using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ObiDossier.Infrastructure;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Tests;

/// <summary>
/// The real host on a fresh SQLite file in its own data folder, with development auth: a test
/// says <c>Client("alice", Roles.IndOfficer)</c> and gets a client with a real bearer token.
/// Every log line is kept, so tests can check that no personal data reached a log.
/// The Hangfire server is off unless a test turns it on, so no job fires on the wall clock
/// in the middle of a test; job tests run jobs themselves, on a <see cref="Clock"/>.
/// Given a PostgreSQL connection string it runs on that database instead (the data folder
/// then holds only keys and checkpoints, and may be shared with a second host).
/// </summary>
public class ObiDossierApplication : WebApplicationFactory<Program>
{
    private readonly string? _postgres;
    private readonly string? _givenDataDir;
    private string? _dataDir;

    public ObiDossierApplication()
        : this(null)
    {
    }

    /// <summary>Protected: xunit requires a fixture to have a single public constructor.</summary>
    protected ObiDossierApplication(string? postgresConnectionString, string? dataDir = null)
    {
        _postgres = postgresConnectionString;
        if (dataDir is not null) _dataDir = _givenDataDir = dataDir;
    }

    /// <summary>A host on an existing PostgreSQL database; hosts given the same data folder share their keys.</summary>
    public static ObiDossierApplication OnPostgres(string connectionString, string dataDir, FakeTimeProvider? clock = null) =>
        new(connectionString, dataDir) { Clock = clock };

    /// <summary>A fresh temporary folder (deleted at the end), unless a test names one (e.g. to restart on it; then it is kept).</summary>
    public string DataDir
    {
        get => _dataDir ??= Directory.CreateTempSubdirectory("obidossier-test-").FullName;
        init => _dataDir = _givenDataDir = value;
    }

    /// <summary>When set, the host's <see cref="TimeProvider"/>: jobs and commands see this time.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>Configuration for this host; tests add to it before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal) { ["ObiDossier:Jobs:Server"] = "false" };

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ObiDossier:DataDir", DataDir);
        builder.UseSetting("ObiDossier:Auth:Development", "true");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (Clock is not null) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (_postgres is not null)
        {
            builder.UseSetting("ObiDossier:Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:ObiDossier", _postgres);
        }
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(new CollectingLoggerProvider(Logs));
        });
    }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient Client(string user, string role, string? organisation = null)
    {
        // Tokens are minted on the wall clock: the bearer handler checks their lifetime on it, whatever the host's clock says.
        var tokens = Clock is null ? Services.GetRequiredService<DevTokens>()
            : new DevTokens(Services.GetRequiredService<IOptions<ObiDossierOptions>>(), Services.GetRequiredService<IOptions<AuthOptions>>(), TimeProvider.System);
        var token = tokens.Issue(user, role, organisation ?? Organisations.ForRole(role), $"{user} ({role})");
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Officer(string user = "officer-anna") => Client(user, Roles.IndOfficer);
    public HttpClient SecondOfficer() => Client("officer-bram", Roles.IndOfficer);
    public HttpClient Prosecutor(string user = "prosecutor-carla") => Client(user, Roles.OmProsecutor);
    public HttpClient Reviewer(string user = "reviewer-dirk") => Client(user, Roles.LegalReviewer);
    public HttpClient Auditor() => Client("auditor-eva", Roles.Auditor);
    public HttpClient Admin() => Client("admin-frank", Roles.Admin);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _givenDataDir is null)
        {
            try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, lines);
        public void Dispose() { }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
