using Microsoft.EntityFrameworkCore;

namespace ObiDossier.Infrastructure.Data;

/// <summary>
/// The one EF Core model of ObiDossier. Each entity brings its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in its feature folder; they are picked up here.
/// </summary>
public sealed class ObiDossierDbContext(DbContextOptions<ObiDossierDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ObiDossierDbContext).Assembly);
    }
}
