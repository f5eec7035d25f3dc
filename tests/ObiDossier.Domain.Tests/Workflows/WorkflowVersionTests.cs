using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Tests.Workflows;

public sealed class WorkflowVersionTests
{
    [Fact]
    public void A_pinned_version_1_instance_stays_on_version_1_after_version_2_is_loaded()
    {
        var dir = TestWorkflows.CopyShipped();
        var v1 = File.ReadAllText(Path.Combine(dir, "consultation-session.v1.json"));
        // Version 2 lets an admin cancel a scheduled session; version 1 does not.
        var v2 = v1.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("{ \"name\": \"Held\",", "{ \"name\": \"Cancelled\", \"description\": \"Called off.\", \"final\": true },\n    { \"name\": \"Held\",", StringComparison.Ordinal)
            .Replace("{ \"name\": \"close\",", "{ \"name\": \"cancel\", \"description\": \"Call the session off.\" },\n    { \"name\": \"close\",", StringComparison.Ordinal)
            .Replace("{ \"from\": \"AgendaFrozen\", \"trigger\": \"open\"", "{ \"from\": \"Scheduled\", \"trigger\": \"cancel\", \"to\": \"Cancelled\", \"roles\": [\"admin\"] },\n    { \"from\": \"AgendaFrozen\", \"trigger\": \"open\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "consultation-session.v2.json"), v2);
        var engine = TestWorkflows.Engine(dir);
        var admin = new GuardContext(TestWorkflows.Admin(), TriggerInputs.None, DateTimeOffset.UnixEpoch);

        var pinned = new TestInstance("consultation-session", 1, "Scheduled");
        var started = new TestInstance("consultation-session", engine.Catalog.Latest("consultation-session").Version, "Scheduled");

        Assert.Equal(2, started.WorkflowVersion);
        Assert.True(engine.Decide(started, "cancel", admin).Allowed);
        Assert.Equal(Refusal.UnknownTrigger, engine.Decide(pinned, "cancel", admin).Refusal);
        Assert.DoesNotContain(engine.Options(pinned, admin), o => o.Trigger == "cancel");
    }

    [Fact]
    public void The_graph_of_a_definition_is_a_mermaid_state_diagram_with_every_state()
    {
        var engine = TestWorkflows.Engine();
        var definition = engine.Catalog.Latest("1f-case");

        var mermaid = WorkflowGraph.Format(engine, definition, "mermaid");
        var dot = WorkflowGraph.Format(engine, definition, "dot");

        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.All(definition.States, s => Assert.Contains(s.Name, mermaid, StringComparison.Ordinal));
        Assert.Contains("digraph", dot, StringComparison.Ordinal);
        // Mermaid ends a statement at ';': a label holding one would not render.
        Assert.DoesNotContain(";", mermaid, StringComparison.Ordinal);
    }
}
