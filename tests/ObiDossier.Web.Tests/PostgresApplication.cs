using ObiDossier.Testing;

namespace ObiDossier.Web.Tests;

/// <summary>
/// <see cref="ObiDossierApplication"/> on a database of its own on the PostgreSQL test server,
/// dropped when the fixture goes. Without the server it builds nothing: its tests are skipped
/// (or, on CI, failed) by <see cref="RunsOnPostgresAttribute"/>.
/// </summary>
public sealed class PostgresApplication : ObiDossierApplication
{
    private readonly TestDatabase? _database;

    public PostgresApplication()
        : this(TestPostgres.ServerConnectionString is null ? null : TestPostgres.CreateDatabase())
    {
    }

    private PostgresApplication(TestDatabase? database)
        : base(database?.ConnectionString)
    {
        _database = database;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _database?.Dispose();
    }
}
