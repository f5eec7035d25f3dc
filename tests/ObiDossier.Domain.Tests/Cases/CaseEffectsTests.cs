using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Domain.Tests.Workflows;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Cases;

/// <summary>Each effect the 1F and session definitions name, applied to an aggregate by the engine — no database.</summary>
public sealed class CaseEffectsTests
{
    private readonly WorkflowEngine _engine = TestWorkflows.Engine();

    /// <summary>Seals visibly, so a test sees that a text went through the sealer.</summary>
    private sealed class MarkingSealer : ITextSealer
    {
        public string? Seal(string? text) => text is null ? null : "sealed:" + text;
    }

    private EffectOutcome Fire(IWorkflowInstance instance, string trigger, Actor actor, TriggerInputs? inputs = null, bool bySystem = false)
    {
        var context = new GuardContext(actor, inputs ?? TriggerInputs.None, TestCases.Now, instance) { Today = new DateOnly(2026, 11, 24) };
        var decision = _engine.Decide(instance, trigger, context, bySystem);
        Assert.True(decision.Allowed, string.Join("; ", decision.UnmetConditions.Select(u => u.Code)));
        var result = _engine.Fire(instance, decision);
        return _engine.Apply(instance, result, actor, context.Inputs, TestCases.Now, new MarkingSealer());
    }

    [Fact]
    public void Submitting_records_the_submitter_as_an_author_and_seals_the_override_motivation()
    {
        var c = TestCases.New(submittedBy: null);

        var outcome = Fire(c, "submit", TestWorkflows.Officer("officer-3"), TriggerInputs.Of(("overrideMotivation", "Een plaatsnaam.")));

        Assert.Equal("officer-3", c.Entity.SubmittedById);
        Assert.Contains("officer-3", c.Entity.SummaryAuthorIds);
        Assert.Equal("sealed:Een plaatsnaam.", c.Entity.SubmitOverrideMotivation);
        Assert.Equal(["submittedBy", "summaryAuthors", "submitOverrideMotivation"], outcome.ChangedFields);
        Assert.Equal([Roles.IndOfficer], outcome.NotifiedRoles);
    }

    [Fact]
    public void A_frozen_agenda_places_the_case_on_the_session_given()
    {
        var c = TestCases.New("Queued");
        var session = Guid.CreateVersion7();

        var outcome = Fire(c, "agenda-frozen", Actor.System, TriggerInputs.Of(("sessionId", session.ToString())), bySystem: true);

        Assert.Equal(session, c.Entity.SessionId);
        Assert.Equal([Roles.OmProsecutor], outcome.NotifiedRoles);
    }

    [Fact]
    public void Flagging_interest_adds_the_prosecutor_as_a_recipient_with_a_sealed_motivation()
    {
        var c = TestCases.New("OnAgenda", interested: []);

        Fire(c, "flag-interest", TestWorkflows.Prosecutor("prosecutor-2"), TriggerInputs.Of(("motivation", "Lopend onderzoek.")));

        var interest = Assert.Single(c.Interests);
        Assert.Equal("prosecutor-2", interest.ProsecutorId);
        Assert.Equal("sealed:Lopend onderzoek.", interest.Motivation);
        Assert.Same(interest, Assert.Single(c.Added));
        Assert.Equal(["prosecutor-2"], c.InterestedProsecutorIds);
    }

    [Fact]
    public void A_question_then_an_answer_then_its_approval_leave_one_approved_answer()
    {
        var c = TestCases.New("OnAgenda");

        Fire(c, "request-information", TestWorkflows.Prosecutor(), TriggerInputs.Of(("question", "Welke periode?")));
        Assert.Equal("sealed:Welke periode?", c.OpenQuestion!.Question);
        Fire(c, "answer", TestWorkflows.Officer(), TriggerInputs.Of(("answer", "1994 tot 1996.")));
        Assert.Null(c.OpenQuestion);
        Assert.Equal("officer-1", c.AnswerInReview!.AnsweredById);
        Fire(c, "approve-answer", TestWorkflows.Officer("officer-2"));

        var question = Assert.Single(c.Questions);
        Assert.Equal("sealed:1994 tot 1996.", question.Answer);
        Assert.Equal("officer-2", question.AnswerApprovedById);
        Assert.Null(c.AnswerInReview);
        Assert.Equal("Queued", c.State);
    }

    [Fact]
    public void A_returned_answer_is_discarded_and_the_question_is_open_again()
    {
        var c = TestCases.New("AnswerReview", answerAuthor: "officer-1");

        var outcome = Fire(c, "reject-answer", TestWorkflows.Officer("officer-2"), TriggerInputs.Of(("motivation", "Te specifiek.")));

        var question = Assert.Single(c.Questions);
        Assert.Null(question.Answer);
        Assert.Null(question.AnsweredById);
        Assert.Same(question, c.OpenQuestion);
        Assert.Equal(["questions"], outcome.ChangedFields);
    }

    [Fact]
    public void An_effect_on_an_answer_that_is_gone_is_a_lost_race()
    {
        var c = new Case(TestCases.New("AnswerReview").Entity, [], []);
        var context = new GuardContext(TestWorkflows.Officer("officer-2"), TriggerInputs.None, TestCases.Now, c);
        var result = _engine.Fire(c, _engine.Decide(c, "approve-answer", context));

        Assert.Throws<InstanceChangedException>(() => _engine.Apply(c, result, context.Actor, TriggerInputs.None, TestCases.Now, new MarkingSealer()));
    }

    [Fact]
    public void Drafting_a_report_puts_a_disclosure_under_review_citing_its_basis()
    {
        var c = TestCases.New("InterestFlagged");

        var outcome = Fire(c, "draft-report", TestWorkflows.Officer(),
            TriggerInputs.Of(("legalBasisCode", "SV-162"), ("releasedFields", new[] { "fullName", "dateOfBirth" }), ("motivation", "Nodig.")));

        var draft = c.DisclosureInReview!;
        Assert.Equal(DisclosureStatus.InReview, draft.Status);
        Assert.Equal(["fullName", "dateOfBirth"], draft.ReleasedFields);
        Assert.Equal(("OM", "Wjsg", "officer-1", "sealed:Nodig."), (draft.RecipientOrganisation, draft.Regime, draft.DraftedById, draft.DraftMotivation));
        Assert.Same(draft, Assert.Single(c.Added));
        Assert.Equal("SV-162", outcome.LegalBasisCode);
        Assert.Empty(outcome.Processings);
    }

    [Fact]
    public void Approval_releases_to_the_interested_prosecutors_under_the_cited_version_and_records_the_processing()
    {
        var c = TestCases.New("LegalReview", interested: ["prosecutor-1", "prosecutor-2"]);
        var draft = c.DisclosureInReview!;

        var outcome = Fire(c, "approve-disclosure", TestWorkflows.Reviewer(), TriggerInputs.Of(("motivation", "Art. 162 Sv.")));

        Assert.Equal(DisclosureStatus.Approved, draft.Status);
        Assert.Equal(["prosecutor-1", "prosecutor-2"], draft.RecipientIds);
        Assert.Equal(TestCases.Sv162.Version, draft.LegalBasisVersion);
        Assert.Equal(("reviewer-1", "sealed:Art. 162 Sv."), (draft.ReviewedById, draft.ReviewMotivation));
        Assert.Null(c.DisclosureInReview);
        var processing = Assert.Single(outcome.Processings);
        Assert.Equal(new ProcessingRequest(CaseProcessing.Disclose, CaseProcessing.DisclosureToOm, "SV-162", draft.ReleasedFields), processing);
        Assert.Equal([Roles.OmProsecutor, Roles.IndOfficer], outcome.NotifiedRoles);
    }

    [Fact]
    public void A_rejected_disclosure_releases_nothing()
    {
        var c = TestCases.New("LegalReview");
        var draft = c.DisclosureInReview!;

        var outcome = Fire(c, "reject-disclosure", TestWorkflows.Reviewer(), TriggerInputs.Of(("motivation", "Te veel velden.")));

        Assert.Equal(DisclosureStatus.Rejected, draft.Status);
        Assert.Empty(draft.RecipientIds);
        Assert.Empty(outcome.Processings);
        Assert.Equal("InterestFlagged", c.State);
    }

    [Fact]
    public void Withdrawing_withdraws_the_report_under_review_and_closes_the_case()
    {
        var c = TestCases.New("LegalReview");
        var draft = c.DisclosureInReview!;

        var outcome = Fire(c, "withdraw", TestWorkflows.Officer(), TriggerInputs.Of(("motivation", "Vertrokken.")));

        Assert.Equal(DisclosureStatus.Withdrawn, draft.Status);
        Assert.Equal(TestCases.Now, c.Entity.ClosedAt);
        Assert.Equal(["closedAt"], outcome.ChangedFields);
    }

    [Theory]
    [InlineData("NoInterest", "close")]
    [InlineData("Released", "acknowledge-receipt")]
    public void Finishing_a_case_closes_it(string state, string trigger)
    {
        var c = TestCases.New(state);

        Fire(c, trigger, trigger == "close" ? TestWorkflows.Officer() : TestWorkflows.Prosecutor());

        Assert.Equal(TestCases.Now, c.Entity.ClosedAt);
        Assert.Equal("Closed", c.State);
    }

    [Fact]
    public void Freezing_an_agenda_cascades_to_each_queued_case_and_lists_those_that_moved()
    {
        var (moved, stayed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var session = new Session(new SessionEntity
        {
            Id = Guid.CreateVersion7(), Date = new DateOnly(2026, 12, 8), WorkflowName = SessionWorkflow.Name, WorkflowVersion = 1,
            State = SessionWorkflow.States.Scheduled, Version = 1,
        }, [new QueuedCase(moved, CasePriorities.Normal, TestCases.Now), new QueuedCase(stayed, CasePriorities.Normal, TestCases.Now.AddMinutes(1))]);

        var outcome = Fire(session, "freeze-agenda", TestWorkflows.Admin());
        Assert.Equal([moved, stayed], outcome.Cascades.Select(c => c.InstanceId));
        Assert.All(outcome.Cascades, c => Assert.Equal((CaseWorkflow.Name, CaseWorkflow.Triggers.AgendaFrozen, session.Id.ToString()),
            (c.Workflow, c.Trigger, c.Inputs.Text("sessionId"))));
        outcome.Cascades[0].Done(true);
        outcome.Cascades[1].Done(false);

        Assert.Equal([moved], session.AddedAgendaItems.Select(a => a.CaseId));
        Assert.Equal(TestCases.Now, session.Entity.AgendaFrozenAt);
        Assert.Equal([Roles.OmProsecutor], outcome.NotifiedRoles);
    }

    [Fact]
    public void Freezing_an_agenda_takes_the_most_pressing_then_the_longest_waiting_up_to_the_capacity()
    {
        var (urgent, high, oldNormal, newNormal) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var session = new Session(new SessionEntity
        {
            Id = Guid.CreateVersion7(), Date = new DateOnly(2026, 12, 8), WorkflowName = SessionWorkflow.Name, WorkflowVersion = 1,
            State = SessionWorkflow.States.Scheduled, Version = 1, Capacity = 3,
        }, [
            new QueuedCase(newNormal, CasePriorities.Normal, TestCases.Now.AddDays(-1)),
            new QueuedCase(high, CasePriorities.High, TestCases.Now),
            new QueuedCase(oldNormal, CasePriorities.Normal, TestCases.Now.AddDays(-9)),
            new QueuedCase(urgent, CasePriorities.Urgent, TestCases.Now.AddDays(-2)),
        ]);

        var outcome = Fire(session, "freeze-agenda", TestWorkflows.Admin());

        Assert.Equal([urgent, high, oldNormal], outcome.Cascades.Select(c => c.InstanceId));
    }

    [Fact]
    public void A_demand_is_a_disclosure_under_review_by_the_demand_route_with_the_om_case_number()
    {
        var c = TestCases.New(CaseWorkflow.States.InterestFlagged, version: 3);

        Fire(c, CaseWorkflow.Triggers.DemandData, TestWorkflows.Prosecutor(),
            TriggerInputs.Of(("legalBasisCode", "SV-126ND"), ("requestedFields", new[] { "fullName" }), ("omCaseNumber", "OM-2026-17")));

        Assert.Equal(CaseWorkflow.States.LegalReview, c.State);
        Assert.Equal((DisclosureRoutes.Demand, "OM-2026-17", "SV-126ND"), (c.DisclosureInReview!.Route, c.DisclosureInReview.OmCaseNumber, c.DisclosureInReview.LegalBasisCode));
        Assert.Equal(["fullName"], c.DisclosureInReview.ReleasedFields);
    }

    [Fact]
    public void A_reopened_case_is_a_draft_off_its_last_agenda()
    {
        var c = TestCases.New(CaseWorkflow.States.NoInterest, version: 3);
        c.PlaceOnAgenda(Guid.CreateVersion7());

        Fire(c, CaseWorkflow.Triggers.Reopen, TestWorkflows.Officer(), TriggerInputs.Of(("motivation", "New information from the hearing.")));

        Assert.Equal((CaseWorkflow.States.Draft, (Guid?)null), (c.State, c.Entity.SessionId));
    }

    [Fact]
    public void An_outcome_is_recorded_once_on_the_last_release_by_a_recipient()
    {
        var c = TestCases.New(CaseWorkflow.States.LegalReview, version: 3, drafter: "officer-1");
        Fire(c, CaseWorkflow.Triggers.ApproveDisclosure, TestWorkflows.Reviewer(), TriggerInputs.Of(("motivation", "Art. 162 Sv.")));
        var outcome = TriggerInputs.Of(("outcome", DisclosureOutcomes.InvestigationOpened));

        Fire(c, CaseWorkflow.Triggers.RecordOutcome, TestWorkflows.Prosecutor(), outcome);

        Assert.Equal((DisclosureOutcomes.InvestigationOpened, "prosecutor-1", CaseWorkflow.States.Released), (c.LatestRelease!.Outcome, c.LatestRelease.OutcomeById, c.State));
        var again = _engine.Decide(c, CaseWorkflow.Triggers.RecordOutcome, new GuardContext(TestWorkflows.Prosecutor(), outcome, TestCases.Now, c), false);
        Assert.Equal(["outcome-already-recorded"], again.UnmetConditions.Select(u => u.Code));
    }
}
