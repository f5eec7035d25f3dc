using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Infrastructure.LegalBases;

/// <summary>
/// Seeds the registry with the bases the README names under "Legal-basis check". Inserts missing codes only: an entry an
/// admin has corrected is never overwritten, and a deleted-then-reseeded code comes back as shipped.
/// </summary>
public static class LegalBasisSeeder
{
    /// <summary>Adds every seed basis whose code is not in the registry yet, and saves.</summary>
    /// <returns>The number of bases added.</returns>
    public static async Task<int> SeedAsync(DbContext db, CancellationToken ct = default)
    {
        var existing = await db.Set<LegalBasis>().Select(b => b.Code).ToListAsync(ct);
        var missing = Defaults().Where(b => !existing.Contains(b.Code, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0) return 0;

        db.Set<LegalBasis>().AddRange(missing);
        // Version 1 of each, as shipped: the history every later confirmed change builds on.
        var missingCodes = missing.Select(b => b.Code).ToList();
        var withHistory = await db.Set<LegalBasisVersionEntity>().Where(v => missingCodes.Contains(v.Code)).Select(v => v.Code).Distinct().ToListAsync(ct);
        db.Set<LegalBasisVersionEntity>().AddRange(missing.Where(b => !withHistory.Contains(b.Code)).Select(b => b.Snapshot("system", DateTimeOffset.UnixEpoch)));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    /// <summary>The shipped bases, freshly built (callers may change them).</summary>
    public static IReadOnlyList<LegalBasis> Defaults() =>
    [
        new()
        {
            Code = "SV-162",
            Title = "Aangifteplicht van openbare colleges en ambtenaren",
            Article = "Wetboek van Strafvordering art. 162",
            Description = "Public bodies and officials must report crimes they learn of in the course of their duties. " +
                "The IND's formal report (aangifte) in a single 1F case may carry the personal data the report needs.",
            // The Code of Criminal Procedure of 1921 has applied since 1 January 1926.
            ValidFrom = new DateOnly(1926, 1, 1),
            RecipientOrganisations = [Organisations.Om],
            DataCategories = [DataCategories.Identity, DataCategories.Identifiers, DataCategories.Criminal],
            Regime = LegalRegimes.Wjsg,
        },
        new()
        {
            Code = "SV-126ND",
            Title = "Vordering van opgeslagen gegevens",
            Article = "Wetboek van Strafvordering art. 126nd",
            Description = "In an investigation the public prosecutor may demand stored data from whoever holds them. " +
                "The OM's demand (vordering) in a 1F case it flagged: the route to the data that is not IND's own accord.",
            ValidFrom = new DateOnly(2006, 1, 1),
            RecipientOrganisations = [Organisations.Om],
            DataCategories = [DataCategories.Identity, DataCategories.Identifiers, DataCategories.Contact, DataCategories.Criminal],
            Regime = LegalRegimes.Wjsg,
        },
        new()
        {
            Code = "SV-160",
            Title = "Aangifteplicht bij ernstige misdrijven",
            Article = "Wetboek van Strafvordering art. 160",
            Description = "Anyone who knows of certain serious crimes (among them crimes against humanity and war crimes) must report them.",
            ValidFrom = new DateOnly(1926, 1, 1),
            RecipientOrganisations = [Organisations.Om],
            DataCategories = [DataCategories.Identity, DataCategories.Criminal],
            Regime = LegalRegimes.Wjsg,
        },
        new()
        {
            Code = "AVG-10-UAVG-22",
            Title = "Verwerking van strafrechtelijke persoonsgegevens",
            Article = "AVG art. 10 with UAVG art. 22-23",
            Description = "Processing of criminal-offence data (1F suspicions fall here) under official authority or a law with safeguards. " +
                "It sets the regime for such data but is not a basis for disclosing them to anyone on its own.",
            ValidFrom = new DateOnly(2018, 5, 25),
            RecipientOrganisations = [],
            DataCategories = [DataCategories.Criminal],
            Regime = LegalRegimes.Avg,
        },
        new()
        {
            Code = "AVG-6-1-E",
            Title = "Taak van algemeen belang",
            Article = "AVG art. 6(1)(e)",
            Description = "Processing needed for a task in the public interest or in the exercise of official authority. " +
                "Covers ordinary personal data only, not criminal-offence data.",
            ValidFrom = new DateOnly(2018, 5, 25),
            RecipientOrganisations = [Organisations.Om],
            DataCategories = [DataCategories.Identity, DataCategories.Identifiers, DataCategories.Contact],
            Regime = LegalRegimes.Avg,
        },
        new()
        {
            Code = "VW-1F-OM",
            Title = "Verstrekking 1F-dossiers aan het OM (wetswijziging)",
            Article = "Vreemdelingenwet 2000, coming amendment on providing 1F dossiers to the OM",
            Description = "The coming change of the Aliens Act for the structural provision of 1F dossiers to the OM. " +
                "Not yet in force: it has no start date, so every disclosure on it is refused until one is set.",
            ValidFrom = null,
            RecipientOrganisations = [Organisations.Om],
            DataCategories = [.. DataCategories.All.Order(StringComparer.Ordinal)],
            Regime = LegalRegimes.Wjsg,
        },
    ];
}
