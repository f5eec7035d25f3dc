using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Infrastructure.ProcessingLog;

/// <summary>The processing activities ObiDossier performs, seeded as version 1 of the register.</summary>
public static class ProcessingActivities
{
    public const string Dossier = CaseProcessing.Dossier;
    public const string AnonymisationCheck = CaseProcessing.AnonymisationCheck;
    public const string DisclosureToOm = CaseProcessing.DisclosureToOm;
    public const string Retention = CaseProcessing.Retention;

    private static IEnumerable<ProcessingActivityEntity> Seed(DateTimeOffset at)
    {
        var personal = new List<string> { DataCategories.Identity, DataCategories.Identifiers, DataCategories.Contact, DataCategories.Criminal };
        yield return new() { Id = Dossier, Version = 1, Name = "1F case dossier (IND)", Regime = "AVG", ValidFrom = at,
            Purpose = "Keeping the personal data of a 1F case in the vault while the anonymised case is discussed at the IND/OM consultation table.",
            LegalBasisCode = "AVG-10-UAVG-22", DataCategories = personal };
        yield return new() { Id = AnonymisationCheck, Version = 1, Name = "Anonymisation check", Regime = "AVG", ValidFrom = at,
            Purpose = "Checking that texts brought to the table contain none of the case's own personal data.",
            LegalBasisCode = "AVG-10-UAVG-22", DataCategories = personal };
        yield return new() { Id = DisclosureToOm, Version = 1, Name = "Provision to the OM after a formal report", Regime = "Wjsg", ValidFrom = at,
            Purpose = "Providing the approved personal-data fields of one case to the prosecutors who flagged interest, with the formal report (aangifte).",
            LegalBasisCode = "SV-162", DataCategories = personal, Recipients = ["OM"] };
        yield return new() { Id = Retention, Version = 1, Name = "Destruction at the end of retention", Regime = "AVG", ValidFrom = at,
            Purpose = "Destroying a case's personal data (crypto-shredding) when its retention period ends.",
            LegalBasisCode = "AVG-10-UAVG-22", DataCategories = personal };

        // The OBI desk: the reporter's contact only, for a call back; no recipient outside the intake organisation.
        var contact = new List<string> { DataCategories.Identity, DataCategories.Contact };
        yield return new() { Id = ObiProcessing.ReporterContact, Version = 1, Name = "OBI reporter contact (intake organisation)", Regime = "AVG",
            ValidFrom = at, Purpose = "Keeping the contact of a person who reported foreign interference, readable only by the intake organisation, to call them back.",
            LegalBasisCode = ObiProcessing.LegalBasisCode, DataCategories = contact };
        yield return new() { Id = ObiProcessing.AnonymisationCheck, Version = 1, Name = "OBI anonymisation check", Regime = "AVG", ValidFrom = at,
            Purpose = "Checking that a signal's text contains none of the reporter's contact before it is shared anonymised.",
            LegalBasisCode = ObiProcessing.LegalBasisCode, DataCategories = contact };
        yield return new() { Id = ObiProcessing.Retention, Version = 1, Name = "OBI reporter contact destruction", Regime = "AVG", ValidFrom = at,
            Purpose = "Destroying the reporter's contact (crypto-shredding) when its retention after the signal was closed ends.",
            LegalBasisCode = ObiProcessing.LegalBasisCode, DataCategories = contact };
    }

    /// <summary>Inserts the activities that are missing; never overwrites a newer version.</summary>
    public static async Task SeedAsync(DbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        var existing = await db.Set<ProcessingActivityEntity>().Select(a => a.Id).Distinct().ToListAsync(ct);
        foreach (var activity in Seed(now).Where(a => !existing.Contains(a.Id)))
            db.Add(activity);
        await db.SaveChangesAsync(ct);
    }
}
