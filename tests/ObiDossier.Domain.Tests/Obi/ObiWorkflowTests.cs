using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Tests.Workflows;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Obi;

/// <summary>The desk's two definitions on the engine: each guard and effect they name, applied to an aggregate — no database.</summary>
public sealed class ObiWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly AnonymisationScanner Scanner = new();
    private readonly WorkflowEngine _engine = TestWorkflows.Engine();

    private static Actor Intake(string id = "intake-1", string organisation = ObiOrganisations.Politie) => new(id, ObiRoles.Intake, organisation, id);
    private static Actor Analyst(string id = "analyst-1") => new(id, ObiRoles.Analyst, ObiOrganisations.Nctv, id);
    private static Actor Coordinator(string id = "coordinator-1") => new(id, ObiRoles.Coordinator, ObiOrganisations.Nctv, id);

    private static ObiSignalEntity SignalEntity(string state, string narrative = "Leden van een vereniging werden gevraagd over anderen te rapporteren.") => new()
    {
        Id = Guid.CreateVersion7(), Reference = "OBI-2026-000010", WorkflowVersion = 1, State = state, IntakeOrganisation = ObiOrganisations.Politie,
        AuthorId = "intake-1", AuthorIds = ["intake-1"], StateActor = "TR", Conduct = Conducts.InformantNetwork, Instrument = Instruments.Physical,
        Target = Targets.Community, Period = "2026-06", Narrative = narrative,
    };

    private static ObiReport Report(string state, IEnumerable<ObiSignalEntity>? signals = null, string? analysis = null) => new(new ObiReportEntity
    {
        Id = Guid.CreateVersion7(), Reference = "OBI-R-2026-Q2", WorkflowVersion = 1, State = state, PeriodFrom = "2026-04", PeriodTo = "2026-06",
        DraftedById = "analyst-1", AuthorIds = ["analyst-1"], Analysis = analysis,
    }, signals ?? [], previous: null, minimumCellCount: 5);

    private sealed class MarkingSealer : ITextSealer
    {
        public string? Seal(string? text) => text is null ? null : "sealed:" + text;
    }

    private TriggerDecision Decide(IWorkflowInstance instance, string trigger, Actor actor, TriggerInputs? inputs = null, bool bySystem = false) =>
        _engine.Decide(instance, trigger, new GuardContext(actor, inputs ?? TriggerInputs.None, Now, instance), bySystem);

    private EffectOutcome Fire(IWorkflowInstance instance, string trigger, Actor actor, TriggerInputs? inputs = null, bool bySystem = false)
    {
        var decision = Decide(instance, trigger, actor, inputs, bySystem);
        Assert.True(decision.Allowed, string.Join("; ", decision.UnmetConditions.Select(u => u.Code)));
        var result = _engine.Fire(instance, decision);
        return _engine.Apply(instance, result, actor, inputs ?? TriggerInputs.None, Now, new MarkingSealer());
    }

    private static IEnumerable<string> Codes(TriggerDecision d) => d.UnmetConditions.Select(u => u.Code);

    [Fact]
    public void The_reporters_name_in_a_narrative_is_refused_even_with_an_override()
    {
        var reporter = new ReporterContact { Name = "Meryem Yilmazoglu", Phone = "0612345678" };
        var signal = new ObiSignal(SignalEntity(ObiSignalWorkflow.States.Received, "Meryem Yilmazoglu werd door een onbekende benaderd."));
        signal.Findings = SignalAnonymisation.Scan(Scanner, signal.Entity.ToAnonymised(), reporter);

        var decision = Decide(signal, ObiSignalWorkflow.Triggers.Submit, Intake(), TriggerInputs.Of(("overrideMotivation", "Geen echte naam.")));

        Assert.False(decision.Allowed);
        Assert.Contains("anonymisation-vault-value", Codes(decision));
    }

    [Fact]
    public void Submitting_records_the_submitter_as_an_author_and_keeps_the_findings_for_the_reviewer()
    {
        var signal = new ObiSignal(SignalEntity(ObiSignalWorkflow.States.Received));

        var outcome = Fire(signal, ObiSignalWorkflow.Triggers.Submit, Intake("intake-2"));

        Assert.Equal(ObiSignalWorkflow.States.AnonymisationReview, signal.State);
        Assert.Equal("intake-2", signal.Entity.SubmittedById);
        Assert.Contains("intake-2", signal.Entity.AuthorIds);
        Assert.Contains("submittedBy", outcome.ChangedFields);
    }

    [Fact]
    public void An_author_of_the_signal_may_not_approve_its_anonymisation()
    {
        var signal = new ObiSignal(SignalEntity(ObiSignalWorkflow.States.AnonymisationReview));

        Assert.Contains("four-eyes-anonymisation", Codes(Decide(signal, ObiSignalWorkflow.Triggers.ApproveAnonymisation, Intake("intake-1"))));
    }

    [Fact]
    public void An_intake_officer_of_another_organisation_may_not_approve_the_anonymisation()
    {
        var signal = new ObiSignal(SignalEntity(ObiSignalWorkflow.States.AnonymisationReview));

        Assert.Contains("other-organisation", Codes(Decide(signal, ObiSignalWorkflow.Triggers.ApproveAnonymisation, Intake("intake-9", ObiOrganisations.Aivd))));
    }

    [Fact]
    public void A_second_intake_officer_of_the_same_organisation_shares_the_signal()
    {
        var signal = new ObiSignal(SignalEntity(ObiSignalWorkflow.States.AnonymisationReview));

        Fire(signal, ObiSignalWorkflow.Triggers.ApproveAnonymisation, Intake("intake-2"));

        Assert.Equal(ObiSignalWorkflow.States.Shared, signal.State);
        Assert.Equal(Now, signal.Entity.SharedAt);
    }

    [Fact]
    public void Marking_a_bundled_signal_not_obi_takes_it_out_of_its_draft_report()
    {
        var entity = SignalEntity(ObiSignalWorkflow.States.Shared);
        entity.ReportId = Guid.CreateVersion7();
        var signal = new ObiSignal(entity);

        Fire(signal, ObiSignalWorkflow.Triggers.MarkNotObi, Analyst(), TriggerInputs.Of(("motivation", "Geen buitenlandse inmenging.")));

        Assert.Equal(ObiSignalWorkflow.States.NotObi, signal.State);
        Assert.Null(entity.ReportId);
        Assert.Equal(Now, entity.ClosedAt);
    }

    [Fact]
    public void Bundling_is_a_system_trigger_that_keeps_the_signal_in_its_report()
    {
        var entity = SignalEntity(ObiSignalWorkflow.States.Shared);
        var report = Guid.CreateVersion7();
        entity.ReportId = report;
        var signal = new ObiSignal(entity);

        Assert.False(Decide(signal, ObiSignalWorkflow.Triggers.Bundle, Analyst()).Allowed);
        Fire(signal, ObiSignalWorkflow.Triggers.Bundle, Actor.System, bySystem: true);

        Assert.Equal(ObiSignalWorkflow.States.Bundled, signal.State);
        Assert.Equal(report, entity.ReportId);
        Assert.Equal(Now, entity.ClosedAt);
    }

    [Fact]
    public void A_coordinator_who_drafted_the_report_may_not_approve_it()
    {
        var report = Report(ObiReportWorkflow.States.MethodReview);
        report.Entity.AddAuthor("coordinator-1");

        Assert.Contains("four-eyes-report", Codes(Decide(report, ObiReportWorkflow.Triggers.Approve, Coordinator("coordinator-1"))));
    }

    [Fact]
    public void An_identifier_in_the_analysis_blocks_submission_and_takes_no_override()
    {
        var report = Report(ObiReportWorkflow.States.Draft);
        report.AnalysisFindings = [new AnonymisationFinding(FindingKinds.Email, 10, 12) { Field = "analysis" }];

        var decision = Decide(report, ObiReportWorkflow.Triggers.SubmitForMethodReview, Analyst());

        Assert.Contains("anonymisation-finding", Codes(decision));
    }

    [Fact]
    public void Approval_freezes_the_figures_and_bundles_each_shared_signal()
    {
        var signals = Enumerable.Range(0, 7).Select(_ => SignalEntity(ObiSignalWorkflow.States.Shared)).ToList();
        var report = Report(ObiReportWorkflow.States.MethodReview, signals);

        var outcome = Fire(report, ObiReportWorkflow.Triggers.Approve, Coordinator());

        Assert.Equal(ObiReportWorkflow.States.Approved, report.State);
        Assert.Equal(7, ObiReport.Frozen(report.Entity)!.Total.Count);
        Assert.Equal("coordinator-1", report.Entity.ApprovedById);
        Assert.Equal(signals.Select(s => s.Id), outcome.Cascades.Select(c => c.InstanceId));
        Assert.All(outcome.Cascades, c => Assert.Equal((ObiSignalWorkflow.Name, ObiSignalWorkflow.Triggers.Bundle), (c.Workflow, c.Trigger)));
    }

    [Fact]
    public void Distribution_opens_the_report_to_partners()
    {
        var report = Report(ObiReportWorkflow.States.Approved);

        Fire(report, ObiReportWorkflow.Triggers.Distribute, Coordinator());

        Assert.Equal(ObiReportWorkflow.States.Distributed, report.State);
        Assert.Equal(Now, report.Entity.DistributedAt);
        Assert.True(ObiVisibility.CanSeeReport(new Actor("partner-1", ObiRoles.Partner, ObiOrganisations.Bz, "partner-1"), report.Entity));
    }
}
