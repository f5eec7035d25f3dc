using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Workflows;

public sealed class WorkflowLoaderTests
{
    [Fact]
    public void Shipped_definitions_validate()
    {
        var (definitions, faults) = WorkflowLoader.Load(TestWorkflows.ShippedDirectory, TestWorkflows.Guards(), TestWorkflows.Effects());

        Assert.Empty(faults);
        Assert.Contains(definitions, d => d.Name == "1f-case");
        Assert.Contains(definitions, d => d.Name == "consultation-session");
    }

    public static TheoryData<string, string, string, string> Faults => new()
    {
        // description, text to replace, replacement, expected place and message fragment
        { "malformed JSON", "\"name\": \"1f-case\",", "\"name\": \"1f-case\"", "line " },
        { "schema: unknown property", "\"initialState\": \"Draft\",", "\"initialState\": \"Draft\", \"colour\": \"red\",", "/colour: schema: unknown property" },
        { "schema: missing property", "\"title\": \"1F case at the consultation table\",", "", "/: schema: missing required property 'title'" },
        { "schema: unknown role", "\"roles\": [\"legal-reviewer\"], \"guards\": [\"legal-basis-check\"", "\"roles\": [\"judge\"], \"guards\": [\"legal-basis-check\"", "/transitions/11/roles/0: schema:" },
        { "unknown state", "\"to\": \"Closed\", \"roles\": [\"om-prosecutor\"]", "\"to\": \"Shut\", \"roles\": [\"om-prosecutor\"]", "/transitions/13/to: unknown state 'Shut'" },
        { "unknown trigger", "\"trigger\": \"acknowledge-receipt\", \"to\"", "\"trigger\": \"acknowledge\", \"to\"", "/transitions/13/trigger: unknown trigger 'acknowledge'" },
        { "unknown guard", "\"guards\": [\"is-recipient\"]", "\"guards\": [\"is-friendly\"]", "/transitions/13/guards/0: unknown guard 'is-friendly'" },
        { "unreachable state", "{ \"from\": \"NoInterest\", \"trigger\": \"close\"", "{ \"from\": \"Ghost\", \"trigger\": \"close\", \"to\": \"Closed\", \"roles\": [\"ind-officer\"] },\n{ \"from\": \"NoInterest\", \"trigger\": \"close\"", "unknown state 'Ghost'" },
        { "duplicate transition", "{ \"from\": \"NoInterest\", \"trigger\": \"close\"", "{ \"from\": \"NoInterest\", \"trigger\": \"close\", \"to\": \"Withdrawn\", \"roles\": [\"ind-officer\"] },\n{ \"from\": \"NoInterest\", \"trigger\": \"close\"", "duplicate or ambiguous transition" },
        { "unknown effect", "\"record-interest\", { \"name\": \"notify\"", "\"record-intrest\", { \"name\": \"notify\"", "unknown effect 'record-intrest'" },
        { "notify without a role", "{ \"name\": \"notify\", \"role\": \"legal-reviewer\" }", "\"notify\"", "a notify effect names the role to notify" },
        { "effect of another workflow", "\"close-case\" ]", "\"fill-agenda\" ]", "effect 'fill-agenda' acts on 'consultation-session' instances" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Validation_rejects_each_kind_of_fault_naming_file_and_place(string kind, string find, string replace, string expected)
    {
        var dir = TestWorkflows.CopyShipped();
        var file = Path.Combine(dir, "1f-case.v1.json");
        var text = File.ReadAllText(file);
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"test setup for '{kind}' does not match the definition");
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));

        var (_, faults) = WorkflowLoader.Load(dir, TestWorkflows.Guards(), TestWorkflows.Effects());

        var fault = Assert.Single(faults, f => f.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.Equal("1f-case.v1.json", fault.File);
    }

    [Fact]
    public void A_non_final_state_without_a_way_out_is_reported()
    {
        var dir = TestWorkflows.CopyShipped();
        var file = Path.Combine(dir, "1f-case.v1.json");
        var text = File.ReadAllText(file)
            .Replace("\"LegalReview\", \"NoInterest\"]", "\"LegalReview\"]", StringComparison.Ordinal)
            .Replace("{ \"from\": \"NoInterest\", \"trigger\": \"close\", \"to\": \"Closed\"", "{ \"from\": \"NoInterest\", \"trigger\": \"close\", \"to\": \"NoInterest\"", StringComparison.Ordinal);
        File.WriteAllText(file, text);

        var (_, faults) = WorkflowLoader.Load(dir, TestWorkflows.Guards(), TestWorkflows.Effects());

        var fault = Assert.Single(faults);
        Assert.Equal("1f-case.v1.json", fault.File);
        Assert.Equal("/states/8", fault.Place);
        Assert.Contains("'NoInterest' is not final but has no way out", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_state_is_reported()
    {
        var dir = TestWorkflows.CopyShipped();
        var file = Path.Combine(dir, "consultation-session.v1.json");
        var text = File.ReadAllText(file)
            .Replace("{ \"name\": \"Held\",", "{ \"name\": \"Cancelled\", \"description\": \"Never reached.\", \"final\": true },\n    { \"name\": \"Held\",", StringComparison.Ordinal);
        File.WriteAllText(file, text);

        var (_, faults) = WorkflowLoader.Load(dir, TestWorkflows.Guards(), TestWorkflows.Effects());

        var fault = Assert.Single(faults);
        Assert.Equal("consultation-session.v1.json", fault.File);
        Assert.Equal("/states/3", fault.Place);
        Assert.Contains("'Cancelled' is unreachable", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_faults_in_a_folder_are_reported_at_once()
    {
        var dir = TestWorkflows.CopyShipped();
        File.WriteAllText(Path.Combine(dir, "broken.json"), "{ not json");
        var session = Path.Combine(dir, "consultation-session.v1.json");
        File.WriteAllText(session, File.ReadAllText(session).Replace("\"to\": \"InSession\"", "\"to\": \"Nowhere\"", StringComparison.Ordinal));

        var (_, faults) = WorkflowLoader.Load(dir, TestWorkflows.Guards(), TestWorkflows.Effects());

        Assert.Contains(faults, f => f.File == "broken.json");
        Assert.Contains(faults, f => f.File == "consultation-session.v1.json" && f.Message.Contains("Nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_an_invalid_set_throws_with_every_fault_in_the_message()
    {
        var dir = TestWorkflows.CopyShipped();
        File.WriteAllText(Path.Combine(dir, "broken.json"), "[]");

        var e = Assert.Throws<InvalidWorkflowDefinitionsException>(() => TestWorkflows.Engine(dir));

        Assert.Contains("broken.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected object", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_and_version_twice_is_a_fault()
    {
        var dir = TestWorkflows.CopyShipped();
        File.Copy(Path.Combine(dir, "1f-case.v1.json"), Path.Combine(dir, "1f-case.copy.json"));

        var (_, faults) = WorkflowLoader.Load(dir, TestWorkflows.Guards(), TestWorkflows.Effects());

        Assert.Contains(faults, f => f.Message.Contains("version 1 is also defined", StringComparison.Ordinal));
    }

    [Fact]
    public void An_effect_or_guard_that_no_definition_names_is_refused_by_name()
    {
        var effects = new EffectRegistry([.. CommonEffects.All(), .. Domain.Cases.Effects.CaseEffects.All(), .. Domain.Sessions.Effects.SessionEffects.All(),
            .. Domain.Obi.Effects.ObiEffects.All(), new DelegateEffect("archive-case")]);
        var guards = new GuardRegistry([.. Domain.Cases.CaseGuards.All(), .. Domain.Obi.ObiGuards.All(), new DelegateGuard("is-friendly", "never used", _ => [])]);

        var e = Assert.Throws<InvalidWorkflowDefinitionsException>(
            () => WorkflowLoader.LoadCatalog(TestWorkflows.ShippedDirectory, guards, effects, requireAllUsed: true));

        Assert.Contains(e.Faults, f => f.Message == "effect 'archive-case' is registered but no definition names it");
        Assert.Contains(e.Faults, f => f.Message == "guard 'is-friendly' is registered but no definition names it");
        Assert.Equal(2, e.Faults.Count);
    }

    [Fact]
    public void The_shipped_definitions_use_every_registered_guard_and_effect()
    {
        var catalog = WorkflowLoader.LoadCatalog(TestWorkflows.ShippedDirectory, TestWorkflows.Guards(), TestWorkflows.Effects(), requireAllUsed: true);

        Assert.NotEmpty(catalog.Latest());
    }

    private sealed class DelegateEffect(string name) : IWorkflowEffect
    {
        public string Name { get; } = name;
        public string Description => "does nothing";
        public string? Workflow => null;
        public void Apply(EffectContext context) { }
    }
}
