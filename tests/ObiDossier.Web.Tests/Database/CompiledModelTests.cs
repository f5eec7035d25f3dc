using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Tests.Database;

/// <summary>
/// SQLite runs on a model compiled ahead of time (README, "Databases"): it must be the model the
/// entity configurations build, or the host would map columns the configurations no longer say.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_sqlite_model_is_the_model_the_configurations_build()
    {
        var compiled = new DbContextOptionsBuilder<ObiDossierDbContext>();
        DatabaseSetup.Configure(compiled, new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        var built = new DbContextOptionsBuilder<ObiDossierDbContext>().UseSqlite("Data Source=:memory:");
        using var onCompiled = new ObiDossierDbContext(compiled.Options);
        using var onBuilt = new ObiDossierDbContext(built.Options);

        Assert.Equal("ObiDossierDbContextModel", onCompiled.Model.GetType().Name);
        Assert.NotEqual("ObiDossierDbContextModel", onBuilt.Model.GetType().Name);
        Assert.True(onBuilt.Model.ToDebugString(MetadataDebugStringOptions.LongDefault) == onCompiled.Model.ToDebugString(MetadataDebugStringOptions.LongDefault),
            "The model changed since the SQLite model was compiled: run `dotnet ef dbcontext optimize --project src/ObiDossier.Migrations.Sqlite "
            + "--startup-project src/ObiDossier.Migrations.Sqlite --output-dir CompiledModel --namespace ObiDossier.Migrations.Sqlite.CompiledModel` (README, Databases).");
    }
}
