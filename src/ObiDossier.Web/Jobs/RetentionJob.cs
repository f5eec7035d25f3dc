using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// <c>retention</c>: crypto-shreds the personal data of cases closed or withdrawn longer ago than
/// the retention period. The case, its history and its audit trail stay; the shredding itself is
/// audited and logged as processing, in the same transaction.
/// </summary>
internal sealed class RetentionJob(ObiDossierDbContext db, IServiceScopeFactory scopes, IOptions<ScheduleOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Action = "case.personal-data.shred";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddYears(-options.Value.Retention.Years);
        var due = await db.Set<CaseEntity>().AsNoTracking()
            .Where(c => c.ClosedAt != null && c.ClosedAt <= cutoff)
            .Where(c => !db.Set<VaultEntry>().Any(v => v.CaseId == c.Id && v.ShreddedAt != null))
            .OrderBy(c => c.ClosedAt).Select(c => c.Id).ToListAsync(ct);
        foreach (var id in due) await ShredAsync(id, ct);
        return $"personal data of {due.Count} case(s) destroyed";
    }

    private async Task ShredAsync(Guid caseId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var scoped = services.GetRequiredService<ObiDossierDbContext>();
        var vault = services.GetRequiredService<PersonalDataVault>();
        var now = clock.GetUtcNow();

        // Read once more only to name the data subject in the processing record, as every other record of this case does.
        PersonalData? subject = null;
        try { subject = await vault.ReadAsync(scoped, caseId, ct); }
        catch (VaultEntryMissingException) { }
        List<string> fields = subject is null ? [.. PersonalDataFields.All] : [.. subject.FieldNames()];

        await vault.ShredAsync(scoped, caseId, ct);
        var processing = services.GetRequiredService<ProcessingLogWriter>();
        var legalBasis = await processing.LegalBasisOfAsync(ProcessingActivities.Retention, ct);
        await processing.AddAsync("personal-data.shred", ProcessingActivities.Retention, caseId, subject, Actor.System, fields, now, ct);
        services.GetRequiredService<AuditWriter>().Add(scoped, new AuditRecord(Actor.System, Action, "case", caseId.ToString(), caseId,
            AuditOutcome.Succeeded, 200, LegalBasisCode: legalBasis, Motivation: $"Bewaartermijn van {options.Value.Retention.Years} jaar verstreken.",
            ChangedFields: ["personalData"]));
        await scoped.SaveChangesAsync(ct);
        await vault.PurgeShreddedRemnantsAsync(scoped, ct);
    }
}
