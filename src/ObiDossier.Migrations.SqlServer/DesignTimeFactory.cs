using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Migrations.SqlServer;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for SQL Server without starting the host.
/// Adding a migration needs no server; the connection string is only a placeholder.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ObiDossierDbContext>
{
    public ObiDossierDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ObiDossierDbContext>()
            .UseSqlServer("Server=localhost;Database=obidossier_design;Encrypt=True", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
