using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// The one place that chooses Hangfire's job storage from <c>ObiDossier:Database:Provider</c>.
/// Because every schedule and deadline is derived from the database, in-memory storage is enough
/// for the embedded default (one process); a server database gets database storage, in the same
/// database as ObiDossier's own tables, so that several instances behind a load balancer share one
/// set of recurring jobs and locks. The storage is a DI singleton of this host, not Hangfire's
/// process-wide <c>JobStorage.Current</c>, so two hosts in one process never swap storages.
/// </summary>
internal static class HangfireStorageSetup
{
    public static JobStorage Create(DatabaseConnection connection) => connection.Provider switch
    {
        DatabaseProvider.Sqlite => new InMemoryStorage(),
        DatabaseProvider.SqlServer => new SqlServerStorage(connection.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = "HangFire",
            PrepareSchemaIfNecessary = true,
            // Jobs are short and idempotent; a sliding invisibility timeout re-runs a job whose worker died.
            SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
            QueuePollInterval = TimeSpan.FromSeconds(5),
        }),
        DatabaseProvider.PostgreSql => PostgreSql(connection.ConnectionString),
        _ => throw new InvalidOperationException($"Unknown ObiDossier:Database:Provider '{connection.Provider}'."),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // The lock row is never renewed (RECIPES.md): jobs stay far below this, and are idempotent when they do not.
            DistributedLockTimeout = TimeSpan.FromMinutes(10),
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
