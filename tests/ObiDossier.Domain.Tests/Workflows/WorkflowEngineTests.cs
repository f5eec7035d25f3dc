using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Tests.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Workflows;

public sealed class WorkflowEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly WorkflowEngine _engine = TestWorkflows.Engine();

    private static GuardContext Context(Actor actor, TriggerInputs? inputs = null, Case? instance = null) =>
        new(actor, inputs ?? TriggerInputs.None, Now, instance ?? TestCases.New()) { Today = new DateOnly(2026, 11, 24) };

    /// <summary>The aggregate and the context its guards read, as the pipeline builds them.</summary>
    private static Case NewCase(string state = "Draft") => TestCases.New(state, version: 3);

    /// <summary>One command as the pipeline runs it: decide, fire, apply the effects; then load the case again (with the basis its report cites).</summary>
    private Case Step(Case c, string trigger)
    {
        var (actor, inputs, system) = Steps[trigger];
        var context = Context(actor, inputs, c);
        var result = _engine.Fire(c, trigger, context, bySystem: system);
        Assert.Equal(c.State, result.To);
        _engine.Apply(c, result, actor, inputs, Now, new NoSealer());
        return new Case(c.Entity, c.Interests, c.Questions, c.DisclosureInReview, c.DisclosureInReview is null ? null : TestCases.Sv162, c.LatestRelease);
    }

    private sealed class NoSealer : ITextSealer
    {
        public string? Seal(string? text) => text;
    }

    private static readonly Dictionary<string, (Actor Actor, TriggerInputs Inputs, bool System)> Steps = new()
    {
        ["submit"] = (TestWorkflows.Officer(), TriggerInputs.None, false),
        ["approve-anonymisation"] = (TestWorkflows.Officer("officer-2"), TriggerInputs.None, false),
        ["reject-anonymisation"] = (TestWorkflows.Officer("officer-2"), TriggerInputs.Of(("motivation", "Too specific.")), false),
        ["agenda-frozen"] = (Actor.System, TriggerInputs.Of(("sessionId", "0193a0c0-0000-7000-8000-000000000001")), true),
        ["flag-interest"] = (TestWorkflows.Prosecutor("prosecutor-2"), TriggerInputs.Of(("motivation", "Relevant.")), false),
        ["decline-interest"] = (TestWorkflows.Prosecutor(), TriggerInputs.Of(("motivation", "Not ours.")), false),
        ["request-information"] = (TestWorkflows.Prosecutor(), TriggerInputs.Of(("question", "Which period?")), false),
        ["answer"] = (TestWorkflows.Officer(), TriggerInputs.Of(("answer", "1994 to 1996.")), false),
        ["approve-answer"] = (TestWorkflows.Officer("officer-2"), TriggerInputs.None, false),
        ["reject-answer"] = (TestWorkflows.Officer("officer-2"), TriggerInputs.Of(("motivation", "Too specific.")), false),
        ["deadline-passed"] = (Actor.System, TriggerInputs.None, true),
        ["draft-report"] = (TestWorkflows.Officer(), TriggerInputs.Of(("legalBasisCode", "SV-162"), ("releasedFields", new[] { "fullName" })), false),
        ["approve-disclosure"] = (TestWorkflows.Reviewer(), TriggerInputs.Of(("motivation", "Art. 162 Sv holds.")), false),
        ["reject-disclosure"] = (TestWorkflows.Reviewer(), TriggerInputs.Of(("motivation", "Too many fields.")), false),
        ["acknowledge-receipt"] = (TestWorkflows.Prosecutor(), TriggerInputs.None, false),
        ["close"] = (TestWorkflows.Officer(), TriggerInputs.None, false),
        ["withdraw"] = (TestWorkflows.Officer(), TriggerInputs.Of(("motivation", "Person left the country.")), false),
        ["demand-data"] = (TestWorkflows.Prosecutor("prosecutor-2"),
            TriggerInputs.Of(("legalBasisCode", "SV-126ND"), ("requestedFields", new[] { "fullName" }), ("omCaseNumber", "OM-2026-1")), false),
        ["reopen"] = (TestWorkflows.Officer(), TriggerInputs.Of(("motivation", "New information.")), false),
        ["record-outcome"] = (TestWorkflows.Prosecutor(), TriggerInputs.Of(("outcome", "no-investigation")), false),
    };

    public static TheoryData<string[], string> Paths => new()
    {
        { ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "draft-report", "approve-disclosure", "acknowledge-receipt"], "Closed" },
        { ["submit", "reject-anonymisation", "submit", "approve-anonymisation", "agenda-frozen", "decline-interest", "close"], "Closed" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "deadline-passed", "close"], "Closed" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "request-information", "answer", "approve-answer", "agenda-frozen", "flag-interest", "draft-report", "reject-disclosure", "draft-report", "approve-disclosure", "acknowledge-receipt"], "Closed" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "demand-data", "approve-disclosure", "record-outcome", "acknowledge-receipt"], "Closed" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "draft-report", "approve-disclosure", "acknowledge-receipt", "record-outcome"], "Closed" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "decline-interest", "reopen", "submit", "approve-anonymisation", "withdraw"], "Withdrawn" },
        { ["withdraw"], "Withdrawn" },
        { ["submit", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "request-information", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "request-information", "answer", "reject-answer", "answer", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "draft-report", "withdraw"], "Withdrawn" },
        { ["submit", "approve-anonymisation", "agenda-frozen", "decline-interest", "withdraw"], "Withdrawn" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_path_from_draft_reaches_its_final_state(string[] triggers, string final)
    {
        var instance = NewCase();
        foreach (var trigger in triggers) instance = Step(instance, trigger);

        Assert.Equal(final, instance.State);
        Assert.True(_engine.DefinitionOf(instance).State(final)!.Final);
    }

    [Fact]
    public void The_paths_walk_every_transition_of_the_definition()
    {
        var walked = new HashSet<(string, string)>();
        foreach (var (triggers, _) in Paths.Select(p => ((string[])p[0], (string)p[1])))
        {
            var instance = NewCase();
            foreach (var trigger in triggers)
            {
                walked.Add((instance.State, trigger));
                instance = Step(instance, trigger);
            }
        }

        var definition = _engine.Catalog.Latest("1f-case");
        var all = definition.Transitions.SelectMany(t => t.From.Select(f => (f, t.Trigger)))
            .Where(x => x.Trigger != "flag-interest" || x.f != "InterestFlagged");
        Assert.Empty(all.Except(walked));
    }

    [Fact]
    public void A_role_not_listed_is_refused()
    {
        var instance = NewCase("LegalReview");

        var decision = _engine.Decide(instance, "approve-disclosure", Context(TestWorkflows.Prosecutor(), TriggerInputs.Of(("motivation", "Mine.")), instance));

        Assert.Equal(Refusal.RoleNotPermitted, decision.Refusal);
        Assert.Throws<TriggerRefusedException>(() => _engine.Fire(instance, "approve-disclosure", Context(TestWorkflows.Prosecutor(), instance: instance)));
        Assert.Equal("LegalReview", instance.State);
    }

    [Fact]
    public void A_trigger_from_another_state_is_not_permitted_in_this_state()
    {
        var decision = _engine.Decide(NewCase(), "flag-interest", Context(TestWorkflows.Prosecutor(), TriggerInputs.Of(("motivation", "x"))));

        Assert.Equal(Refusal.NotPermittedInState, decision.Refusal);
    }

    [Fact]
    public void A_system_trigger_cannot_be_fired_by_a_user()
    {
        var decision = _engine.Decide(NewCase("Queued"), "agenda-frozen", Context(TestWorkflows.Admin()));

        Assert.Equal(Refusal.RoleNotPermitted, decision.Refusal);
        Assert.Equal("system-trigger", decision.UnmetConditions[0].Code);
    }

    [Fact]
    public void An_unmet_guard_is_reported_by_name_with_its_conditions()
    {
        var instance = NewCase("AnonymisationReview");

        var decision = _engine.Decide(instance, "approve-anonymisation", Context(TestWorkflows.Officer("officer-1"), instance: instance));

        Assert.Equal(Refusal.GuardsFailed, decision.Refusal);
        Assert.Equal("four-eyes-anonymisation", Assert.Single(decision.UnmetConditions).Code);
        Assert.Contains(CaseGuards.NotAuthor, decision.Transition!.Guards);
    }

    [Fact]
    public void Anonymisation_findings_block_submit_unless_overridden_with_a_motivation()
    {
        var c = TestCases.New(findings: [new AnonymisationFinding("bsn", 10, 9).In("narrative"), new AnonymisationFinding("person-name", 0, 5).In("title")]);

        var refused = _engine.Decide(c, "submit", Context(TestWorkflows.Officer(), instance: c));
        var overridden = _engine.Decide(c, "submit",
            Context(TestWorkflows.Officer(), TriggerInputs.Of(("overrideMotivation", "The name is a place name.")), c));

        Assert.Equal(2, refused.UnmetConditions.Count);
        Assert.All(refused.UnmetConditions, c => Assert.Equal("anonymisation-finding", c.Code));
        Assert.True(overridden.Allowed);
    }

    [Theory]
    [InlineData("submit", "Draft")]
    [InlineData("answer", "InformationRequested")]
    public void A_vault_value_finding_blocks_the_trigger_even_with_an_override(string trigger, string state)
    {
        var c = TestCases.New(state, findings: [new AnonymisationFinding("vault-value", 0, 8).In(trigger == "answer" ? "answer" : "title")]);
        var inputs = trigger == "answer" ? TriggerInputs.Of(("answer", "Vortmann."), ("overrideMotivation", "ok")) : TriggerInputs.Of(("overrideMotivation", "ok"));

        var decision = _engine.Decide(c, trigger, Context(TestWorkflows.Officer(), inputs, c));

        Assert.Equal(Refusal.GuardsFailed, decision.Refusal);
        Assert.Equal("anonymisation-vault-value", Assert.Single(decision.UnmetConditions).Code);
    }

    [Theory]
    [InlineData("officer-1", false)]   // author
    [InlineData("officer-3", false)]   // changed the summary
    [InlineData("officer-4", false)]   // submitted it
    [InlineData("officer-5", true)]
    public void Nobody_who_wrote_changed_or_submitted_the_summary_approves_it(string approver, bool allowed)
    {
        var c = TestCases.New("AnonymisationReview", submittedBy: "officer-4", summaryAuthors: ["officer-1", "officer-3", "officer-4"]);

        var decision = _engine.Decide(c, "approve-anonymisation", Context(TestWorkflows.Officer(approver), instance: c));

        Assert.Equal(allowed, decision.Allowed);
    }

    [Fact]
    public void The_author_of_an_answer_cannot_approve_it()
    {
        var c = TestCases.New("AnswerReview", answerAuthor: "officer-3");

        var own = _engine.Decide(c, "approve-answer", Context(TestWorkflows.Officer("officer-3"), instance: c));
        var other = _engine.Decide(c, "approve-answer", Context(TestWorkflows.Officer("officer-5"), instance: c));

        Assert.Equal("four-eyes-answer", Assert.Single(own.UnmetConditions).Code);
        Assert.True(other.Allowed);
    }

    [Fact]
    public void A_version_1_case_keeps_its_answer_without_review()
    {
        var pinned = TestCases.New("InformationRequested", version: 1);

        _engine.Fire(pinned, "answer", Context(TestWorkflows.Officer(), TriggerInputs.Of(("answer", "1994 to 1996.")), pinned));

        Assert.Equal("Queued", pinned.State);
        Assert.Equal(Refusal.UnknownTrigger, _engine.Decide(pinned, "approve-answer", Context(TestWorkflows.Officer("officer-2"), instance: pinned)).Refusal);
    }

    [Fact]
    public void A_missing_required_input_is_refused_as_invalid_input()
    {
        var decision = _engine.Decide(NewCase("OnAgenda"), "flag-interest", Context(TestWorkflows.Prosecutor(), TriggerInputs.Of(("motivation", "   "))));

        Assert.Equal(Refusal.InvalidInputs, decision.Refusal);
        Assert.Equal("input-required", Assert.Single(decision.UnmetConditions).Code);
    }

    [Fact]
    public void Options_list_what_the_actor_may_do_now_and_why_not()
    {
        var c = NewCase("AnonymisationReview");
        var options = _engine.Options(c, Context(TestWorkflows.Officer("officer-1"), instance: c));

        Assert.Equal(["approve-anonymisation", "reject-anonymisation", "withdraw"], options.Select(o => o.Trigger));
        Assert.False(options[0].Allowed);
        Assert.True(options[2].Allowed);
        Assert.Equal("motivation", Assert.Single(options[2].Inputs).Name);
    }

    [Fact]
    public void A_prosecutor_sees_no_officer_actions()
    {
        var options = _engine.Options(NewCase("OnAgenda"), Context(TestWorkflows.Prosecutor()));

        Assert.Equal(["flag-interest", "decline-interest", "request-information"], options.Select(o => o.Trigger));
    }
}
