using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Telemetry;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Seals new audit entries into the hash chain shortly after they commit, outside every writer's
/// transaction. Each block sealed is signed into the checkpoint log at once (the sealer does it);
/// the <c>audit-checkpoint</c> job only catches up after a stop between a seal and its checkpoint.
/// </summary>
internal sealed class AuditSealingService(IServiceScopeFactory scopes, DatabaseInitialiser database, ILogger<AuditSealingService> logger) : BackgroundService
{
    public static readonly TimeSpan SealInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SealInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!database.Ready) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (ObiMetrics.AuditBacklogWanted) await MeasureBacklogAsync(scope.ServiceProvider, stoppingToken);
                await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sealing the audit trail failed; it is retried.");
            }
        }
    }

    /// <summary>What waits for this round of sealing, for the telemetry gauges (only when someone listens).</summary>
    private static async Task MeasureBacklogAsync(IServiceProvider services, CancellationToken ct)
    {
        var pending = services.GetRequiredService<ObiDossierDbContext>().Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence == null);
        var count = await pending.LongCountAsync(ct);
        var oldest = count == 0 ? null : await pending.MinAsync(e => (DateTime?)e.At, ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        ObiMetrics.AuditBacklog(count, oldest is { } at ? now - DateTime.SpecifyKind(at, DateTimeKind.Utc) : TimeSpan.Zero);
    }
}
