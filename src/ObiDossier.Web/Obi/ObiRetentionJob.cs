using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Obi;

/// <summary>
/// <c>obi-retention</c>: crypto-shreds the reporter's contact of every signal that was bundled,
/// marked not-OBI or withdrawn longer ago than <c>ObiDossier:Obi:ReporterRetentionDays</c>
/// (<see cref="ObiSignalEntity.ReporterShredDueAt"/>). The anonymised signal stays; the texts sealed
/// under its key (motivations) go with the contact. Each shredding is audited and a processing
/// record (<see cref="ObiProcessing.Retention"/>) in its own transaction, like the 1F retention.
/// </summary>
internal sealed class ObiRetentionJob(ObiDossierDbContext db, IServiceScopeFactory scopes, IOptions<ObiOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Action = "obi-signal.reporter.shred";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var days = options.Value.ReporterRetentionDays;
        var cutoff = clock.GetUtcNow().AddDays(-days);
        var final = ObiSignalWorkflow.States.Final.ToArray();
        var due = await db.Set<ObiSignalEntity>().AsNoTracking()
            .Where(s => s.ReporterShreddedAt == null && s.ClosedAt != null && s.ClosedAt <= cutoff && final.Contains(s.State))
            .OrderBy(s => s.ClosedAt).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in due) await ShredAsync(id, days, ct);
        return $"reporter contact of {due.Count} signal(s) destroyed";
    }

    private async Task ShredAsync(Guid signalId, int days, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unit = services.GetRequiredService<UnitOfWork>();
        var reporters = services.GetRequiredService<ObiReporterVault>();
        var now = clock.GetUtcNow();
        var signal = await unit.Db.Set<ObiSignalEntity>().FirstAsync(s => s.Id == signalId, ct);
        if (signal.ReporterShredDueAt(days) is not { } dueAt || dueAt > now) return;

        await reporters.ShredAsync(signalId, Actor.System, now, ct);
        signal.ReporterShreddedAt = now;
        signal.UpdatedAt = now;
        signal.Version++;
        unit.Audit(new AuditRecord(Actor.System, Action, ObiSignalStore.Entity, signalId.ToString(), null, AuditOutcome.Succeeded, 200,
            LegalBasisCode: await reporters.LegalBasisAsync(ct), Motivation: $"Bewaartermijn van {days} dagen verstreken.", ChangedFields: ["reporter"]));
        // A signal changed meanwhile is shredded at the next run.
        if (await unit.SaveAsync("signal", ct) is null) await reporters.PurgeShreddedRemnantsAsync(ct);
    }
}
