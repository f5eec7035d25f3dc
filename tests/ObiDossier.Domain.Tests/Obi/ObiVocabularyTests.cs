using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class ObiVocabularyTests
{
    [Theory]
    [InlineData("Politie")]
    [InlineData("AIVD")]
    [InlineData("NCTV")]
    [InlineData("BZ")]
    [InlineData("SZW")]
    [InlineData("Vertrouwenslijn")]
    public void Every_entry_point_may_hold_the_intake_role(string organisation)
    {
        Assert.True(ObiOrganisations.MayHold(ObiRoles.Intake, organisation));
        Assert.Empty(ObiOrganisations.Check(ObiRoles.Intake, organisation));
    }

    [Theory]
    [InlineData("obi-analyst", "NCTV", true)]
    [InlineData("obi-coordinator", "NCTV", true)]
    [InlineData("obi-analyst", "AIVD", false)]
    [InlineData("obi-coordinator", "Politie", false)]
    [InlineData("obi-partner", "BZ", true)]
    [InlineData("obi-partner", "SZW", true)]
    [InlineData("obi-partner", "AIVD", true)]
    [InlineData("obi-partner", "Politie", true)]
    [InlineData("obi-partner", "Vertrouwenslijn", false)]
    [InlineData("obi-partner", "NCTV", false)]
    [InlineData("obi-intake", "IND", false)]
    [InlineData("obi-intake", "politie", false)]
    public void Only_the_organisations_of_the_design_hold_each_role(string role, string organisation, bool allowed)
    {
        Assert.Equal(allowed, ObiOrganisations.MayHold(role, organisation));
        Assert.Equal(allowed ? [] : ["organisation-not-allowed-for-role"], ObiOrganisations.Check(role, organisation).Select(p => p.Code));
    }

    [Fact]
    public void A_role_outside_the_desk_is_refused_with_its_own_code()
    {
        Assert.Equal("unknown-obi-role", Assert.Single(ObiOrganisations.Check("ind-officer", "NCTV")).Code);
        Assert.Equal("organisation-not-allowed-for-role", Assert.Single(ObiOrganisations.Check(ObiRoles.Analyst, null)).Code);
    }

    [Fact]
    public void The_lists_hold_exactly_the_codes_of_the_design()
    {
        Assert.Equal(["intimidation", "surveillance", "pressure-via-family", "informant-network", "unauthorised-consular-activity",
            "co-optation", "online-harassment", "other"], Conducts.All);
        Assert.Equal(["physical", "online", "both"], Instruments.All);
        Assert.Equal(["community", "organisation", "individual", "political-office-holder"], Targets.All);
        Assert.Equal(["diplomatic-step", "resilience-measure", "linked-to-research", "other"], FollowUpKinds.All);
        Assert.Equal(["obi-analyst", "obi-coordinator", "obi-intake", "obi-partner"], ObiRoles.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_codes_are_exact_so_a_spelling_variant_is_not_a_second_cell()
    {
        Assert.True(Conducts.IsKnown("intimidation"));
        Assert.False(Conducts.IsKnown("Intimidation"));
        Assert.False(Instruments.IsKnown(" online"));
        Assert.False(Targets.IsKnown(null));
    }

    [Fact]
    public void There_are_twelve_provinces_with_iso_codes_and_dutch_names()
    {
        Assert.Equal(12, Provinces.Codes.Count);
        Assert.All(Provinces.Codes, c => Assert.Matches("^NL-[A-Z]{2}$", c));
        Assert.Equal("Fryslân", Provinces.DutchNames["NL-FR"]);
        Assert.Equal("Zuid-Holland", Provinces.DutchNames["NL-ZH"]);
        Assert.Equal("Noord-Brabant", Provinces.DutchNames["NL-NB"]);
    }

    [Fact]
    public void The_settings_have_the_names_and_defaults_of_the_contract()
    {
        Assert.Equal("ObiDossier:Obi:MinimumCellCount", ObiSettings.MinimumCellCountKey);
        Assert.Equal(5, ObiSettings.DefaultMinimumCellCount);
        Assert.Equal("ObiDossier:Obi:ReporterRetentionDays", ObiSettings.ReporterRetentionDaysKey);
        Assert.Equal(365, ObiSettings.DefaultReporterRetentionDays);
    }

    [Fact]
    public void Workflow_names_states_and_triggers_are_those_of_the_design()
    {
        Assert.Equal("obi-signal", ObiSignalWorkflow.Name);
        Assert.Equal("obi-report", ObiReportWorkflow.Name);
        Assert.Equal(["Received", "AnonymisationReview", "Shared", "NotObi", "Bundled", "Withdrawn"], Constants(typeof(ObiSignalWorkflow.States)));
        Assert.Equal(["submit", "approve-anonymisation", "reject-anonymisation", "mark-not-obi", "withdraw", "bundle"], Constants(typeof(ObiSignalWorkflow.Triggers)));
        Assert.Equal(["Draft", "MethodReview", "Approved", "Distributed"], Constants(typeof(ObiReportWorkflow.States)));
        Assert.Equal(["submit-for-method-review", "return", "approve", "distribute"], Constants(typeof(ObiReportWorkflow.Triggers)));
    }

    [Fact]
    public void The_desks_guard_names_do_not_take_a_1f_guards_name_in_the_shared_registry()
    {
        string[] desk = [.. Constants(typeof(ObiSignalWorkflow.Guards)), .. Constants(typeof(ObiReportWorkflow.Guards))];
        Assert.Equal(desk.Length, desk.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(desk.Intersect(Constants(typeof(ObiDossier.Domain.Cases.CaseGuards)), StringComparer.Ordinal));
        var shipped = ObiDossier.Domain.Workflows.ShippedWorkflows.Guards();
        Assert.All(desk, g => Assert.True(shipped.Contains(g), g));
    }

    private static string[] Constants(Type type) =>
        [.. type.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
