using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ObiDossier.Infrastructure.Data;

/// <summary>
/// The one EF Core model of ObiDossier. Each entity brings its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in its feature folder; they are picked up here.
/// </summary>
public sealed class ObiDossierDbContext(DbContextOptions<ObiDossierDbContext> options) : DbContext(options)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Acts on SQLite connections only, whoever configured the provider.
        optionsBuilder.AddInterceptors(SqliteBusyTimeout.Instance);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ObiDossierDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: it cannot compare or order DateTimeOffset text. Times are
        // always UTC here, so a binary (ticks) column keeps their order.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
