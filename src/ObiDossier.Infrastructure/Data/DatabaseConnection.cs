namespace ObiDossier.Infrastructure.Data;

/// <summary>
/// The database this instance uses: the provider of <c>ObiDossier:Database:Provider</c> and the
/// connection string of <c>ConnectionStrings:ObiDossier</c> (for SQLite, the file in the data
/// folder when none is configured). Resolved in one place and registered as a singleton, so that
/// everything else that stores in the same database (EF Core, Hangfire's storage) agrees on it.
/// </summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string Name = "ObiDossier";

    /// <summary>True for the database servers that several instances can share.</summary>
    public bool IsShared => Provider is DatabaseProvider.SqlServer or DatabaseProvider.PostgreSql;

    /// <summary>Resolves the connection from the options and the configured connection string.</summary>
    /// <exception cref="InvalidOperationException">A server provider without a connection string.</exception>
    public static DatabaseConnection Resolve(ObiDossierOptions options, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.Database.Provider;
        if (!string.IsNullOrWhiteSpace(connectionString)) return new(provider, connectionString);
        if (provider == DatabaseProvider.Sqlite)
            return new(provider, $"Data Source={Path.Combine(options.DataDirFullPath, "obidossier.db")}");
        throw new InvalidOperationException(MissingConnectionString);
    }

    /// <summary>The configuration error for a server provider without a connection string.</summary>
    public const string MissingConnectionString =
        "ConnectionStrings:ObiDossier is required when ObiDossier:Database:Provider is SqlServer or PostgreSql.";

    // The connection string may hold a password: never print it.
    public override string ToString() => $"{Provider} database";
}
