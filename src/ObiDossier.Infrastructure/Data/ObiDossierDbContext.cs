using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ObiDossier.Infrastructure.Data;

/// <summary>
/// The one EF Core model of ObiDossier. Each entity brings its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in its feature folder; they are picked up here.
/// </summary>
public sealed class ObiDossierDbContext(DbContextOptions<ObiDossierDbContext> options) : DbContext(options)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => AddDefaults(optionsBuilder);

    /// <summary>
    /// What every context needs whoever configured its provider: the busy timeout (acts on SQLite
    /// connections only). Added here once when the options are built (the host's pooled contexts
    /// must not change their options per instance); <see cref="OnConfiguring"/> adds it to options
    /// built elsewhere (tools, tests) and leaves options that have it untouched.
    /// </summary>
    public static DbContextOptionsBuilder AddDefaults(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(SqliteBusyTimeout.Instance) != true)
            optionsBuilder.AddInterceptors(SqliteBusyTimeout.Instance);
        return optionsBuilder;
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
