using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Tests.Audit;

public sealed class AuditTrailRegistrationTests
{
    [Fact]
    public async Task AddAuditTrail_wires_writer_sealer_checkpoints_and_verifier_to_the_data_folder()
    {
        using var fx = new AuditTrailFixture();
        var services = new ServiceCollection();
        services.AddDbContext<ObiDossierDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(fx.Directory, "audit.db")};Pooling=False"));
        services.Configure<ObiDossierOptions>(o => o.DataDir = fx.Directory);
        services.AddAuditTrail();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
            scope.ServiceProvider.GetRequiredService<AuditWriter>().Add(db, new AuditRecord(
                Actor.System, "session.create", "session", "s-1", null, AuditOutcome.Succeeded, 201));
            await db.SaveChangesAsync();
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync());
            var checkpoint = await scope.ServiceProvider.GetRequiredService<AuditCheckpointWriter>().WriteAsync();
            Assert.Equal(1, checkpoint.HeadSequence);
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            Assert.True(result.Valid, result.Reason);
            Assert.Equal(1, result.Entries);
        }
        Assert.True(File.Exists(Path.Combine(fx.Directory, "checkpoints", "audit-checkpoints.jsonl")));
        Assert.True(File.Exists(Path.Combine(fx.Directory, "keys", "audit-checkpoint.key")));
    }
}
