namespace ObiDossier.Web.Hosting;

/// <summary>
/// Start-up allocates far more than the host then keeps (the EF Core model, the first queries,
/// Hangfire's and the sealer's first turns) and the GC, unprompted, keeps that memory committed
/// for a host that then mostly idles. Once, shortly after start, one aggressive collection
/// returns it to the operating system (README, "Idle memory"). Later memory is left to the GC.
/// </summary>
internal sealed class StartupMemoryRelease(IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>Long enough for the background services' first turns, short enough to be idle soon.</summary>
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        await Task.Delay(Delay, stoppingToken);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
