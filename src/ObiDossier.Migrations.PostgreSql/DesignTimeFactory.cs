using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Migrations.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without starting the host.
/// Adding a migration needs no server; the connection string is only a placeholder.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ObiDossierDbContext>
{
    public ObiDossierDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ObiDossierDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=obidossier_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
