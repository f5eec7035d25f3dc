using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Disclosures;

/// <summary>One line of the reviewer's checklist: a condition of the legal-basis check and whether it holds.</summary>
internal sealed record ChecklistItem(string Code, bool Met, IReadOnlyList<UnmetCondition> Unmet);

/// <summary>Runs the domain's legal-basis check for the disclosure pages: the drafter's preview and the reviewer's checklist.</summary>
internal sealed class DisclosureChecks(ObiDossierDbContext db, LegalCalendar calendar, TimeProvider clock)
{
    /// <summary>The conditions in the order a reviewer reads them; the motivation is the form's own field.</summary>
    public static readonly IReadOnlyList<string> Checklist =
    [
        DisclosureConditions.InterestNotFlagged, DisclosureConditions.NoFieldsReleased, DisclosureConditions.LegalBasisUnknown,
        DisclosureConditions.LegalBasisNotInForce, DisclosureConditions.LegalBasisExpired, DisclosureConditions.RecipientNotAllowed,
        DisclosureConditions.DataCategoryNotCovered, DisclosureConditions.CriminalCategoryNotCovered,
        DisclosureConditions.ApproverNotLegalReviewer, DisclosureConditions.FourEyes,
    ];

    public async Task<IReadOnlyList<UnmetCondition>> DraftAsync(Guid caseId, string? basisCode, IReadOnlyCollection<string> fields, CancellationToken ct)
    {
        var interested = await db.Set<CaseInterestEntity>().AnyAsync(i => i.CaseId == caseId, ct);
        var basis = string.IsNullOrWhiteSpace(basisCode) ? null : await LegalBasisQueries.FindFactsAsync(db, basisCode, ct);
        return LegalBasisCheck.DraftCheck(new DisclosureDraftContext(interested, basisCode, basis, Domain.Cases.Effects.DraftDisclosure.RecipientOrganisation, fields,
            calendar.Today(clock.GetUtcNow())));
    }

    /// <summary>The full check as it would run if <paramref name="reviewer"/> approved now (motivation aside).</summary>
    public async Task<IReadOnlyList<ChecklistItem>> ReviewAsync(CaseEntity c, Actor reviewer, CancellationToken ct)
    {
        var aggregate = await CaseStore.CompleteAsync(c, db, ct, tracked: false);
        var check = aggregate.DisclosureCheck(reviewer, motivation: null, calendar.Today(clock.GetUtcNow()));
        if (check is null) return [];
        var unmet = LegalBasisCheck.Evaluate(check);
        return [.. Checklist.Select(code => new ChecklistItem(code, unmet.All(u => u.Code != code && !Covers(code, u.Code)), [.. unmet.Where(u => u.Code == code || Covers(code, u.Code))]))];
    }

    /// <summary>An unknown or missing basis fails the registry line; an unknown field fails the field line.</summary>
    private static bool Covers(string line, string code) =>
        (line == DisclosureConditions.LegalBasisUnknown && code == DisclosureConditions.LegalBasisMissing)
        || (line == DisclosureConditions.NoFieldsReleased && code == DisclosureConditions.UnknownField);
}
