using System.Globalization;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Disclosures;

/// <summary>
/// The guard of <c>approve-disclosure</c> (README, "Legal-basis check"): a pure function of its context that lists
/// every unmet condition, so that a refusal can be explained, audited and fixed in one go.
/// Messages name codes, organisations, categories and field names, never personal-data values.
/// </summary>
public static class LegalBasisCheck
{
    /// <summary>All unmet conditions of approving the disclosure; empty when it may be approved.</summary>
    public static IReadOnlyList<UnmetCondition> Evaluate(DisclosureCheckContext c)
    {
        var unmet = new List<UnmetCondition>();
        AddDraftConditions(c.Draft, unmet);
        AddReviewConditions(c, unmet);
        return unmet;
    }

    /// <summary>
    /// The conditions the drafter can already see before sending the disclosure for review: all of
    /// <see cref="Evaluate"/> except the approver, four-eyes and motivation conditions.
    /// </summary>
    public static IReadOnlyList<UnmetCondition> DraftCheck(DisclosureDraftContext c)
    {
        var unmet = new List<UnmetCondition>();
        AddDraftConditions(c, unmet);
        return unmet;
    }

    private static void AddDraftConditions(DisclosureDraftContext c, List<UnmetCondition> unmet)
    {
        if (!c.InterestFlagged)
            unmet.Add(new(DisclosureConditions.InterestNotFlagged,
                "OM has not flagged interest in this case; personal data may only be disclosed after it has."));

        var fields = ReleasedFieldCheck.Check(c.ReleasedFields, unmet);

        if (string.IsNullOrWhiteSpace(c.LegalBasisCode))
        {
            unmet.Add(new(DisclosureConditions.LegalBasisMissing, "No legal basis is cited for the disclosure."));
            return;
        }

        if (c.Basis is null)
        {
            // The code is an identifier the drafter picked from the registry, not personal data.
            unmet.Add(new(DisclosureConditions.LegalBasisUnknown,
                $"Legal basis '{c.LegalBasisCode}' is not in the legal-basis registry.") { Arguments = [c.LegalBasisCode] });
            return;
        }

        AddBasisConditions(c, c.Basis, fields, unmet);
    }

    private static void AddBasisConditions(
        DisclosureDraftContext c, LegalBasisFacts basis, IReadOnlyList<string> fields, List<UnmetCondition> unmet)
    {
        if (basis.ValidFrom is not { } from)
            unmet.Add(new(DisclosureConditions.LegalBasisNotInForce,
                $"Legal basis '{basis.Code}' is not in force: it has no date of entry into force yet.") { Arguments = [basis.Code, ""] });
        else if (c.Today < from)
            unmet.Add(new(DisclosureConditions.LegalBasisNotInForce,
                $"Legal basis '{basis.Code}' is not in force until {Iso(from)}.") { Arguments = [basis.Code, Iso(from)] });

        if (basis.ValidTo is { } to && c.Today > to)
            unmet.Add(new(DisclosureConditions.LegalBasisExpired,
                $"Legal basis '{basis.Code}' ceased to apply after {Iso(to)}.") { Arguments = [basis.Code, Iso(to)] });

        if (!basis.RecipientOrganisations.Contains(c.RecipientOrganisation, StringComparer.Ordinal))
            unmet.Add(new(DisclosureConditions.RecipientNotAllowed, basis.RecipientOrganisations.Count == 0
                ? $"Legal basis '{basis.Code}' allows no recipient at all, so it cannot carry a disclosure to {c.RecipientOrganisation}."
                : $"Legal basis '{basis.Code}' does not allow disclosure to {c.RecipientOrganisation} (it allows: {string.Join(", ", basis.RecipientOrganisations)}).")
            { Arguments = [basis.Code, c.RecipientOrganisation, string.Join(", ", basis.RecipientOrganisations)] });

        var covered = new HashSet<string>(basis.DataCategories, StringComparer.Ordinal);
        foreach (var group in fields.GroupBy(f => PersonalDataFields.Category[f], StringComparer.Ordinal))
        {
            if (covered.Contains(group.Key)) continue;
            unmet.Add(new(DisclosureConditions.DataCategoryNotCovered,
                $"Legal basis '{basis.Code}' does not cover data category '{group.Key}' of released field(s) {string.Join(", ", group)}.")
            { Arguments = [basis.Code, group.Key, string.Join(", ", group)] });
        }

        // Every disclosure in this workflow ties the person to a 1F suspicion, so it always
        // discloses criminal-offence data (AVG art. 10), whichever fields are released.
        if (!covered.Contains(DataCategories.Criminal))
            unmet.Add(new(DisclosureConditions.CriminalCategoryNotCovered,
                $"Legal basis '{basis.Code}' does not cover criminal-offence data (category '{DataCategories.Criminal}'), " +
                "which every disclosure in this workflow contains by linking the person to the 1F suspicion.") { Arguments = [basis.Code] });
    }

    private static void AddReviewConditions(DisclosureCheckContext c, List<UnmetCondition> unmet)
    {
        if (!c.Approver.IsInRole(Roles.LegalReviewer))
            unmet.Add(new(DisclosureConditions.ApproverNotLegalReviewer,
                $"Only a {Roles.LegalReviewer} may approve a disclosure; the approver acts as {c.Approver.Role}.") { Arguments = [c.Approver.Role] });

        if (string.Equals(c.Approver.Id, c.DrafterId, StringComparison.Ordinal))
            unmet.Add(new(DisclosureConditions.FourEyes,
                "The approver drafted this disclosure; someone else must approve it (four eyes)."));

        if (string.IsNullOrWhiteSpace(c.Motivation))
            unmet.Add(new(DisclosureConditions.MotivationMissing, "A motivation for the approval is required."));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
