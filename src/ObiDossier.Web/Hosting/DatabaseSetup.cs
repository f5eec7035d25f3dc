using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Chooses the database provider from <c>ObiDossier:Database:Provider</c> (API.md). One EF Core
/// model; each provider brings its own migrations assembly.
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
        services.AddDbContext<ObiDossierDbContext>((sp, options) => Configure(options, sp.GetRequiredService<DatabaseConnection>()));
        return services;
    }

    /// <summary>Points <paramref name="options"/> at the database, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseConnection connection) =>
        connection.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connection.ConnectionString,
                o => o.MigrationsAssembly("ObiDossier.Migrations.Sqlite")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connection.ConnectionString,
                o => o.MigrationsAssembly("ObiDossier.Migrations.PostgreSql")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connection.ConnectionString,
                o => o.MigrationsAssembly("ObiDossier.Migrations.SqlServer")),
            _ => throw new InvalidOperationException($"ObiDossier:Database:Provider '{connection.Provider}' is not supported."),
        };

    /// <summary>The SQLite file's folder must exist before the first connection.</summary>
    public static void EnsureDataDirectory(ObiDossierOptions options)
    {
        Directory.CreateDirectory(options.DataDirFullPath);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(options.DataDirFullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
