using Hangfire;
using ObiDossier.Infrastructure;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// The one place that chooses Hangfire's job storage from <c>ObiDossier:Database:Provider</c>.
/// Because every schedule and deadline is derived from the database, in-memory storage is enough
/// for the embedded default (one process); a server database gets database storage so that
/// several instances behind a load balancer share one set of recurring jobs and locks.
/// </summary>
internal static class HangfireStorageSetup
{
    public static IGlobalConfiguration UseObiDossierStorage(this IGlobalConfiguration hangfire, ObiDossierOptions options, IConfiguration configuration)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite:
                return hangfire.UseInMemoryStorage();

            // === For the database-providers work: plug the server storages in here. ===
            // SqlServer:  hangfire.UseSqlServerStorage(connectionString, new SqlServerStorageOptions { ... })
            //             (Hangfire.SqlServer 1.8.25; it brings no SQL client: add Microsoft.Data.SqlClient).
            // PostgreSql: hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString))
            //             (Hangfire.PostgreSql 1.21.1; keep jobs shorter than DistributedLockTimeout).
            // connectionString: configuration.GetConnectionString(Hosting.DatabaseSetup.ConnectionStringName).
            case DatabaseProvider.SqlServer:
            case DatabaseProvider.PostgreSql:
            default:
                _ = configuration;
                throw new InvalidOperationException(
                    $"Background jobs have no Hangfire storage for ObiDossier:Database:Provider '{options.Database.Provider}' in this build; use Sqlite.");
        }
    }
}
