using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Notifications;
using ObiDossier.Web.Jobs;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>The database is the source of truth: a new host on the same data runs the jobs again and does nothing twice.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task After_a_restart_running_every_job_again_does_nothing_twice()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-restart-").FullName;
        try
        {
            var late = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);
            Counts before;
            await using (var first = JobsKit.NewApp(dataDir: dataDir))
            {
                var asked = await first.QueuedCaseAsync();
                await first.RunAllAsync();
                await first.Prosecutor().ActOkAsync(asked, "request-information", new { question = "Welke functie precies?" });
                await first.QueuedCaseAsync("Vwy");
                first.SetNow(late);
                await first.RunAllAsync();
                before = await CountAsync(first);
                Assert.True(before.Sessions >= 3 && before.Reminders == 1 && before.Transitions > 0, before.ToString());
            }

            await using var second = JobsKit.NewApp(late, dataDir);
            await second.RunAllAsync();
            Assert.Equal(before, await CountAsync(second));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private sealed record Counts(int Sessions, int Transitions, int Notifications, int Reminders, int AuditEntries, int Checkpoints);

    private static async Task<Counts> CountAsync(ObiDossierApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        var checkpoints = scope.ServiceProvider.GetRequiredService<AuditCheckpointKey>().CheckpointsPath;
        return new Counts(
            await db.Set<SessionEntity>().CountAsync(),
            await db.Set<CaseTransitionEntity>().CountAsync(),
            await db.Set<NotificationEntity>().CountAsync(),
            await db.Set<SentReminderEntity>().CountAsync(),
            await db.Set<AuditEntry>().CountAsync(),
            File.Exists(checkpoints) ? File.ReadAllLines(checkpoints).Length : 0);
    }
}

internal static class RunAllExtension
{
    public static async Task RunAllAsync(this ObiDossierApplication app)
    {
        foreach (var job in JobNames.All) await app.RunJobAsync(job);
    }
}
