using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Web.Hosting.Providers;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Creates or upgrades the database and seeds the registries, before the host serves anything
/// (and for the <c>migrate</c> verb). Seeding only adds what is missing.
/// </summary>
internal sealed class DatabaseInitialiser(
    IServiceScopeFactory scopes, IOptions<ObiDossierOptions> options, IDatabaseProvider provider, TimeProvider clock, ILogger<DatabaseInitialiser> logger)
    : IHostedLifecycleService
{
    public bool Ready { get; private set; }

    public async Task InitialiseAsync(CancellationToken ct)
    {
        DatabaseSetup.EnsureDataDirectory(options.Value);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        await provider.MigrateAsync(db, ct);
        await provider.PrepareAsync(db, ct);
        var seeded = await SeedAsync(db, ct);
        logger.LogInformation("Database ready ({Provider}); {Seeded} legal bases seeded.", provider.Kind, seeded);
        Ready = true;
    }

    private async Task<int> SeedAsync(ObiDossierDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var seeded = await LegalBasisSeeder.SeedAsync(db, ct);
                await ProcessingActivities.SeedAsync(db, clock.GetUtcNow(), ct);
                return seeded;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance on the same database seeded the same rows at the same moment
                // (its insert won the key); read again and add only what is still missing.
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitialiseAsync(cancellationToken);
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
