using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ObiDossierDbContext>
{
    public ObiDossierDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ObiDossierDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
