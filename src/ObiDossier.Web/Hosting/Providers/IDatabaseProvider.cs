using Hangfire;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting.Providers;

/// <summary>
/// Everything that differs between the databases ObiDossier runs on, in one type per provider, as
/// Hangfire keeps its core apart from its storages: EF Core's options and migrations assembly,
/// what to do before and around migrating (create the database, serialise instances), the
/// connection's start-up pragmas, the migration script's form, and Hangfire's job storage. Chosen
/// once from <c>ObiDossier:Database:Provider</c> (<see cref="For"/>); callers ask it, never the
/// provider's name. Each provider's types stay in its own class, so a host on SQLite never loads
/// the server providers' assemblies.
/// </summary>
internal interface IDatabaseProvider
{
    DatabaseProvider Kind { get; }

    /// <summary>Points <paramref name="options"/> at the database, with this provider's migrations.</summary>
    DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Brings the schema up to date, serialising instances that start at once as this provider can.</summary>
    Task MigrateAsync(ObiDossierDbContext db, CancellationToken ct);

    /// <summary>After migrating, before serving: the provider's connection settings that persist in the database.</summary>
    Task PrepareAsync(ObiDossierDbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Whether EF Core can make this provider's migration script idempotent (conditional DDL).</summary>
    bool IdempotentScripts { get; }

    /// <summary>Hangfire's job storage for this database.</summary>
    JobStorage CreateJobStorage(string connectionString);

    /// <summary>The provider of <paramref name="kind"/>.</summary>
    static IDatabaseProvider For(DatabaseProvider kind) => kind switch
    {
        DatabaseProvider.Sqlite => new SqliteProvider(),
        DatabaseProvider.PostgreSql => new PostgreSqlProvider(),
        DatabaseProvider.SqlServer => new SqlServerProvider(),
        _ => throw new InvalidOperationException($"ObiDossier:Database:Provider '{kind}' is not supported."),
    };
}
