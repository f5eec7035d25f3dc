using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Seals new audit entries into the hash chain shortly after they commit, outside every writer's
/// transaction, and writes a signed checkpoint now and then.
/// </summary>
internal sealed class AuditSealingService(IServiceScopeFactory scopes, DatabaseInitialiser database, ILogger<AuditSealingService> logger) : BackgroundService
{
    public static readonly TimeSpan SealInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SealInterval);
        var lastCheckpoint = DateTime.MinValue; // a first checkpoint soon after start
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!database.Ready) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sealedCount = await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(stoppingToken);
                if (sealedCount > 0 && DateTime.UtcNow - lastCheckpoint > CheckpointInterval)
                {
                    await scope.ServiceProvider.GetRequiredService<AuditCheckpointWriter>().WriteAsync(stoppingToken);
                    lastCheckpoint = DateTime.UtcNow;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sealing the audit trail failed; it is retried.");
            }
        }
    }
}
