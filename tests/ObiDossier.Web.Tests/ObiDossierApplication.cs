using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Tests;

/// <summary>
/// The real host on a fresh SQLite file in its own data folder, with development auth: a test
/// says <c>Client("alice", Roles.IndOfficer)</c> and gets a client with a real bearer token.
/// Every log line is kept, so tests can check that no personal data reached a log.
/// Given a PostgreSQL connection string it runs on that database instead (the data folder
/// then holds only keys and checkpoints, and may be shared with a second host).
/// </summary>
public class ObiDossierApplication : WebApplicationFactory<Program>
{
    private readonly string? _postgres;

    public ObiDossierApplication()
        : this(null)
    {
    }

    /// <summary>Protected: xunit requires a fixture to have a single public constructor.</summary>
    protected ObiDossierApplication(string? postgresConnectionString, string? dataDir = null)
    {
        _postgres = postgresConnectionString;
        DataDir = dataDir ?? Directory.CreateTempSubdirectory("obidossier-test-").FullName;
    }

    /// <summary>A host on an existing PostgreSQL database; hosts given the same data folder share their keys.</summary>
    public static ObiDossierApplication OnPostgres(string connectionString, string dataDir) => new(connectionString, dataDir);

    public string DataDir { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ObiDossier:DataDir", DataDir);
        builder.UseSetting("ObiDossier:Auth:Development", "true");
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
        var token = Services.GetRequiredService<DevTokens>().Issue(user, role, organisation ?? Organisations.ForRole(role), $"{user} ({role})");
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
        if (disposing)
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
