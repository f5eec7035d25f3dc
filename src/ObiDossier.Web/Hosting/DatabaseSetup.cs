using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting;

/// <summary>Chooses the database provider from <c>ObiDossier:Database:Provider</c> (API.md).</summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "ObiDossier";

    public static IServiceCollection AddObiDossierDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<ObiDossierDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<IOptions<ObiDossierOptions>>().Value;
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            switch (settings.Database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    connectionString ??= $"Data Source={Path.Combine(settings.DataDirFullPath, "obidossier.db")}";
                    options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("ObiDossier.Migrations.Sqlite"));
                    break;
                default:
                    throw new InvalidOperationException(
                        $"ObiDossier:Database:Provider '{settings.Database.Provider}' is not available in this build; use Sqlite.");
            }
        });
        return services;
    }

    /// <summary>The SQLite file's folder must exist before the first connection.</summary>
    public static void EnsureDataDirectory(ObiDossierOptions options)
    {
        Directory.CreateDirectory(options.DataDirFullPath);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(options.DataDirFullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
