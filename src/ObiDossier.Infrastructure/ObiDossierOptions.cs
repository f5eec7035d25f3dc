namespace ObiDossier.Infrastructure;

/// <summary>The <c>ObiDossier</c> configuration section (README, "Configuration").</summary>
public sealed class ObiDossierOptions
{
    public const string Section = "ObiDossier";

    /// <summary>Where the embedded database, keys and checkpoints live.</summary>
    public string DataDir { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    /// <summary>The data folder as a full path.</summary>
    public string DataDirFullPath => Path.GetFullPath(DataDir);
}

/// <summary>The <c>ObiDossier:Audit</c> section.</summary>
public sealed class AuditOptions
{
    /// <summary>
    /// The folder of the signed checkpoint log; meant for a volume of its own that only appends
    /// (so that whoever can rewrite the database cannot also cut the log). Default <c>{DataDir}/checkpoints</c>.
    /// </summary>
    public string? CheckpointDirectory { get; set; }
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c>, <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
