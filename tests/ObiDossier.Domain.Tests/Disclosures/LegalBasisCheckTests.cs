using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;

namespace ObiDossier.Domain.Tests.Disclosures;

public sealed class LegalBasisCheckTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);
    private static readonly Actor Reviewer = new("rev-1", Roles.LegalReviewer, Organisations.Ind, "Reviewer");

    private static readonly LegalBasisFacts Sv162 = new(
        "SV-162", new DateOnly(1926, 1, 1), null, [Organisations.Om],
        [DataCategories.Identity, DataCategories.Identifiers, DataCategories.Criminal]);

    private static DisclosureCheckContext Valid() => new(
        InterestFlagged: true,
        LegalBasisCode: "SV-162",
        Basis: Sv162,
        RecipientOrganisation: Organisations.Om,
        ReleasedFields: [PersonalDataFields.FullName, PersonalDataFields.VNumber],
        Approver: Reviewer,
        DrafterId: "ind-1",
        Motivation: "Aangifte in this individual case.",
        Today: Today);

    private static List<string> Codes(DisclosureCheckContext c) =>
        LegalBasisCheck.Evaluate(c).Select(u => u.Code).ToList();

    [Fact]
    public void A_complete_disclosure_on_a_fitting_basis_passes()
    {
        Assert.Empty(LegalBasisCheck.Evaluate(Valid()));
        Assert.Empty(LegalBasisCheck.DraftCheck(Valid().Draft));
    }

    [Fact]
    public void Interest_must_be_flagged() =>
        Assert.Equal([DisclosureConditions.InterestNotFlagged], Codes(Valid() with { InterestFlagged = false }));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_legal_basis_must_be_cited(string? code) =>
        Assert.Equal([DisclosureConditions.LegalBasisMissing], Codes(Valid() with { LegalBasisCode = code, Basis = null }));

    [Fact]
    public void A_basis_missing_from_the_registry_is_refused_by_its_code()
    {
        var unmet = LegalBasisCheck.Evaluate(Valid() with { LegalBasisCode = "NOPE-1", Basis = null });
        var only = Assert.Single(unmet);
        Assert.Equal(DisclosureConditions.LegalBasisUnknown, only.Code);
        Assert.Contains("NOPE-1", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_basis_without_a_start_date_is_not_in_force() =>
        Assert.Equal([DisclosureConditions.LegalBasisNotInForce], Codes(Valid() with { Basis = Sv162 with { ValidFrom = null } }));

    [Fact]
    public void A_basis_that_starts_tomorrow_is_not_in_force_today_but_is_on_its_first_day()
    {
        var basis = Sv162 with { ValidFrom = Today.AddDays(1) };
        Assert.Equal([DisclosureConditions.LegalBasisNotInForce], Codes(Valid() with { Basis = basis }));
        Assert.Empty(Codes(Valid() with { Basis = basis, Today = Today.AddDays(1) }));
    }

    [Fact]
    public void A_basis_is_expired_the_day_after_its_last_day()
    {
        Assert.Empty(Codes(Valid() with { Basis = Sv162 with { ValidTo = Today } }));
        Assert.Equal([DisclosureConditions.LegalBasisExpired], Codes(Valid() with { Basis = Sv162 with { ValidTo = Today.AddDays(-1) } }));
    }

    [Fact]
    public void The_recipient_must_be_allowed_by_the_basis() =>
        Assert.Equal([DisclosureConditions.RecipientNotAllowed], Codes(Valid() with { RecipientOrganisation = "KMar" }));

    [Fact]
    public void A_basis_with_no_recipients_refuses_every_recipient() =>
        Assert.Equal([DisclosureConditions.RecipientNotAllowed], Codes(Valid() with { Basis = Sv162 with { RecipientOrganisations = [] } }));

    [Fact]
    public void Each_uncovered_category_is_listed_once_with_its_field_names()
    {
        var c = Valid() with
        {
            Basis = Sv162 with { DataCategories = [DataCategories.Identifiers, DataCategories.Criminal] },
            ReleasedFields = [PersonalDataFields.FullName, PersonalDataFields.Aliases, PersonalDataFields.Address, PersonalDataFields.VNumber],
        };

        var unmet = LegalBasisCheck.Evaluate(c).Where(u => u.Code == DisclosureConditions.DataCategoryNotCovered).ToList();

        Assert.Equal(2, unmet.Count);
        Assert.Contains("'identity'", unmet[0].Message, StringComparison.Ordinal);
        Assert.Contains("fullName, aliases", unmet[0].Message, StringComparison.Ordinal);
        Assert.Contains("'contact'", unmet[1].Message, StringComparison.Ordinal);
        Assert.Contains("address", unmet[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_basis_without_the_criminal_category_never_suffices() =>
        Assert.Equal([DisclosureConditions.CriminalCategoryNotCovered],
            Codes(Valid() with { Basis = Sv162 with { DataCategories = [DataCategories.Identity, DataCategories.Identifiers] } }));

    [Fact]
    public void At_least_one_field_must_be_released() =>
        Assert.Equal([DisclosureConditions.NoFieldsReleased], Codes(Valid() with { ReleasedFields = [] }));

    [Fact]
    public void An_unknown_field_is_refused_without_echoing_what_was_sent()
    {
        var unmet = LegalBasisCheck.Evaluate(Valid() with { ReleasedFields = [PersonalDataFields.FullName, "Jan Jansen"] });

        var only = Assert.Single(unmet);
        Assert.Equal(DisclosureConditions.UnknownField, only.Code);
        Assert.Contains("#2", only.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_legal_reviewer_may_approve() =>
        Assert.Equal([DisclosureConditions.ApproverNotLegalReviewer],
            Codes(Valid() with { Approver = new("ind-2", Roles.IndOfficer, Organisations.Ind, "Officer") }));

    [Fact]
    public void The_drafter_may_not_approve_their_own_disclosure() =>
        Assert.Equal([DisclosureConditions.FourEyes], Codes(Valid() with { DrafterId = Reviewer.Id }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void A_motivation_is_required(string? motivation) =>
        Assert.Equal([DisclosureConditions.MotivationMissing], Codes(Valid() with { Motivation = motivation }));

    [Fact]
    public void Every_unmet_condition_is_listed_at_once()
    {
        var c = new DisclosureCheckContext(
            InterestFlagged: false,
            LegalBasisCode: "X",
            Basis: new LegalBasisFacts("X", null, new DateOnly(2000, 1, 1), [], [DataCategories.Identifiers]),
            RecipientOrganisation: Organisations.Om,
            ReleasedFields: [PersonalDataFields.FullName, "bogus"],
            Approver: new("ind-1", Roles.IndOfficer, Organisations.Ind, "Officer"),
            DrafterId: "ind-1",
            Motivation: null,
            Today: Today);

        Assert.Equal(
            [
                DisclosureConditions.InterestNotFlagged,
                DisclosureConditions.UnknownField,
                DisclosureConditions.LegalBasisNotInForce,
                DisclosureConditions.LegalBasisExpired,
                DisclosureConditions.RecipientNotAllowed,
                DisclosureConditions.DataCategoryNotCovered,
                DisclosureConditions.CriminalCategoryNotCovered,
                DisclosureConditions.ApproverNotLegalReviewer,
                DisclosureConditions.FourEyes,
                DisclosureConditions.MotivationMissing,
            ],
            Codes(c));
    }

    [Fact]
    public void The_draft_check_leaves_out_the_review_conditions()
    {
        var c = Valid() with { InterestFlagged = false, Approver = new("x", Roles.Auditor, Organisations.Ind, "A"), DrafterId = "x", Motivation = null };

        Assert.Equal([DisclosureConditions.InterestNotFlagged], LegalBasisCheck.DraftCheck(c.Draft).Select(u => u.Code));
    }
}
