using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ObiDossier.Infrastructure.Audit;

public static class AuditTrailServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit trail: <see cref="AuditWriter"/> (singleton; call it on the request's
    /// DbContext before SaveChanges), and per scope <see cref="AuditSealer"/>,
    /// <see cref="AuditCheckpointWriter"/> and <see cref="AuditVerifier"/>, which use the scope's
    /// <c>ObiDossierDbContext</c>. Paths come from <see cref="ObiDossierOptions.DataDir"/>.
    /// </summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddOptions<ObiDossierOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditWriter>();
        services.TryAddSingleton<AuditCheckpointKey>();
        services.TryAddSingleton<AuditCheckpointLog>();
        services.TryAddScoped<AuditSealer>();
        services.TryAddScoped<AuditCheckpointWriter>();
        services.TryAddScoped<AuditVerifier>();
        return services;
    }
}
