using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class ObiVisibilityTests
{
    private static Actor As(string role, string organisation, string id = "user-1") => new(id, role, organisation, id);

    private static ObiSignalEntity Signal(string state, string organisation = ObiOrganisations.Politie) => new()
    {
        Reference = "OBI-2026-000010", State = state, IntakeOrganisation = organisation, AuthorId = "intake-1",
        StateActor = "TR", Conduct = Conducts.InformantNetwork, Instrument = Instruments.Physical, Target = Targets.Community,
        Period = "2026-06", Narrative = "Leden van een moskeevereniging werden gevraagd over anderen te rapporteren.",
    };

    private static ObiReportEntity Report(string state) => new()
    {
        Reference = "OBI-R-2026-Q2", State = state, PeriodFrom = "2026-04", PeriodTo = "2026-06", DraftedById = "analyst-1",
    };

    [Theory]
    [InlineData("Received")]
    [InlineData("AnonymisationReview")]
    [InlineData("Withdrawn")]
    public void An_analyst_does_not_see_a_signal_before_it_is_shared(string state)
    {
        Assert.False(ObiVisibility.CanSeeSignal(As(ObiRoles.Analyst, ObiOrganisations.Nctv), Signal(state)));
        Assert.True(ObiVisibility.CanSeeSignal(As(ObiRoles.Intake, ObiOrganisations.Politie), Signal(state)));
    }

    [Theory]
    [InlineData("Shared")]
    [InlineData("NotObi")]
    [InlineData("Bundled")]
    public void An_analyst_sees_shared_signals_of_every_entry_point(string state) =>
        Assert.True(ObiVisibility.CanSeeSignal(As(ObiRoles.Analyst, ObiOrganisations.Nctv), Signal(state, ObiOrganisations.Vertrouwenslijn)));

    [Fact]
    public void An_intake_officer_sees_only_their_own_organisations_signals() =>
        Assert.False(ObiVisibility.CanSeeSignal(As(ObiRoles.Intake, ObiOrganisations.Aivd), Signal(ObiSignalWorkflow.States.Shared)));

    [Theory]
    [InlineData("obi-coordinator", "NCTV")]
    [InlineData("obi-partner", "BZ")]
    [InlineData("auditor", "IND")]
    [InlineData("ind-officer", "IND")]
    [InlineData("obi-analyst", "AIVD")]
    public void Nobody_else_sees_a_single_signal(string role, string organisation) =>
        Assert.False(ObiVisibility.CanSeeSignal(As(role, organisation), Signal(ObiSignalWorkflow.States.Bundled)));

    [Fact]
    public void Only_the_recording_organisations_intake_reads_the_reporter_until_it_is_shredded()
    {
        var signal = Signal(ObiSignalWorkflow.States.Shared);
        Assert.True(ObiVisibility.CanReadReporter(As(ObiRoles.Intake, ObiOrganisations.Politie), signal));
        Assert.False(ObiVisibility.CanReadReporter(As(ObiRoles.Intake, ObiOrganisations.Bz), signal));
        Assert.False(ObiVisibility.CanReadReporter(As(ObiRoles.Analyst, ObiOrganisations.Nctv), signal));
        Assert.False(ObiVisibility.CanReadReporter(As(ObiRoles.Partner, ObiOrganisations.Politie), signal));
        Assert.False(ObiVisibility.CanReadReporter(As(ObiRoles.Coordinator, ObiOrganisations.Nctv), signal));
        signal.ReporterShreddedAt = DateTimeOffset.UnixEpoch;
        Assert.False(ObiVisibility.CanReadReporter(As(ObiRoles.Intake, ObiOrganisations.Politie), signal));
    }

    [Theory]
    [InlineData("Draft", false)]
    [InlineData("MethodReview", false)]
    [InlineData("Approved", false)]
    [InlineData("Distributed", true)]
    public void A_partner_reads_a_report_only_once_distributed(string state, bool visible)
    {
        Assert.Equal(visible, ObiVisibility.CanSeeReport(As(ObiRoles.Partner, ObiOrganisations.Szw), Report(state)));
        Assert.True(ObiVisibility.CanSeeReport(As(ObiRoles.Coordinator, ObiOrganisations.Nctv), Report(state)));
        Assert.True(ObiVisibility.CanSeeReport(As(ObiRoles.Analyst, ObiOrganisations.Nctv), Report(state)));
        Assert.False(ObiVisibility.CanSeeReport(As(ObiRoles.Intake, ObiOrganisations.Nctv), Report(state)));
        Assert.False(ObiVisibility.CanSeeReport(As(ObiRoles.Partner, ObiOrganisations.Vertrouwenslijn), Report(state)));
    }
}
