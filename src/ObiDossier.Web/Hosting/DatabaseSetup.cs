using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting.Providers;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Chooses the database provider from <c>ObiDossier:Database:Provider</c> (README, Configuration). One EF Core
/// model; each provider (<see cref="IDatabaseProvider"/>) brings its own options and migrations assembly.
/// </summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = DatabaseConnection.Name;

    public static IServiceCollection AddObiDossierDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ObiDossierOptions>()
            .Validate(o => o.Database.Provider == DatabaseProvider.Sqlite
                           || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)),
                DatabaseConnection.MissingConnectionString);
        // The one place the provider and connection string are resolved; Hangfire's storage reads it too.
        services.AddSingleton(sp => DatabaseConnection.Resolve(
            sp.GetRequiredService<IOptions<ObiDossierOptions>>().Value, configuration.GetConnectionString(ConnectionStringName)));
        // The one seam per provider (Providers/): chosen here, once, from the resolved connection.
        services.AddSingleton(sp => IDatabaseProvider.For(sp.GetRequiredService<DatabaseConnection>().Provider));
        // The options depend on singletons only: built once, not per request; and the contexts are
        // pooled, so a request reuses one whose EF services are resolved already instead of building
        // a service scope per request (README, Benchmarks). A context returned to the pool is reset
        // (tracked entities, transaction, connection).
        services.AddDbContextPool<ObiDossierDbContext>((sp, options) => ObiDossierDbContext.AddDefaults(
            sp.GetRequiredService<IDatabaseProvider>().Configure(options, sp.GetRequiredService<DatabaseConnection>().ConnectionString)));
        return services;
    }

    /// <summary>Points <paramref name="options"/> at the database, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseConnection connection) =>
        IDatabaseProvider.For(connection.Provider).Configure(options, connection.ConnectionString);

    /// <summary>The SQLite file's folder must exist before the first connection.</summary>
    public static void EnsureDataDirectory(ObiDossierOptions options)
    {
        Directory.CreateDirectory(options.DataDirFullPath);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(options.DataDirFullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
