using Microsoft.Extensions.Diagnostics.HealthChecks;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Hosting;

/// <summary>Ready once the database is migrated and answers.</summary>
internal sealed class ReadinessCheck(DatabaseInitialiser database, ObiDossierDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.Ready) return HealthCheckResult.Unhealthy("The database is being prepared.");
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
