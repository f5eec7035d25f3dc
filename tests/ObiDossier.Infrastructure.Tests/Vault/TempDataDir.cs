using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Tests.Vault;

/// <summary>A throw-away data folder with a real SQLite database file in it, as the host lays it out.</summary>
internal sealed class TempDataDir : IDisposable
{
    public TempDataDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "obidossier-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        DatabaseFile = System.IO.Path.Combine(Path, "obidossier.db");
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public string Path { get; }

    public string DatabaseFile { get; }

    public ObiDossierOptions Options => new() { DataDir = Path };

    public ObiDossierDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ObiDossierDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* best effort: a temp folder left behind is harmless */ }
    }
}
