using System.Reflection;
using System.Text.Json;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Domain.Tests.Workflows;

/// <summary>
/// The state and trigger names are written once, as constants next to their workflow
/// (<see cref="CaseWorkflow"/>, <see cref="SessionWorkflow"/>): every name of every version of the
/// shipped JSON has a constant, and every constant names something in a definition.
/// </summary>
public sealed class WorkflowNameConstantsTests
{
    public static TheoryData<string, Type> Workflows => new()
    {
        { CaseWorkflow.Name, typeof(CaseWorkflow) },
        { SessionWorkflow.Name, typeof(SessionWorkflow) },
    };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_state_and_trigger_of_every_version_has_a_constant(string workflow, Type names)
    {
        var (states, triggers) = Definitions(workflow);

        Assert.Empty(states.Except(Constants(names, "States")));
        Assert.Empty(triggers.Except(Constants(names, "Triggers")));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_constant_names_a_state_or_trigger_of_some_version(string workflow, Type names)
    {
        var (states, triggers) = Definitions(workflow);

        Assert.Empty(Constants(names, "States").Except(states));
        Assert.Empty(Constants(names, "Triggers").Except(triggers));
    }

    [Fact]
    public void The_constants_are_read_from_the_nested_classes()
    {
        Assert.Contains(CaseWorkflow.States.Draft, Constants(typeof(CaseWorkflow), "States"));
        Assert.Contains(SessionWorkflow.Triggers.FreezeAgenda, Constants(typeof(SessionWorkflow), "Triggers"));
    }

    /// <summary>The names across every version of <paramref name="workflow"/> in the shipped folder.</summary>
    private static (HashSet<string> States, HashSet<string> Triggers) Definitions(string workflow)
    {
        var (states, triggers, versions) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), 0);
        foreach (var file in Directory.GetFiles(TestWorkflows.ShippedDirectory, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("name", out var name) || name.GetString() != workflow) continue;
            versions++;
            foreach (var s in json.RootElement.GetProperty("states").EnumerateArray()) states.Add(s.GetProperty("name").GetString()!);
            foreach (var t in json.RootElement.GetProperty("triggers").EnumerateArray()) triggers.Add(t.GetProperty("name").GetString()!);
        }
        Assert.True(versions > 0, $"No definition of {workflow} in {TestWorkflows.ShippedDirectory}.");
        return (states, triggers);
    }

    private static HashSet<string> Constants(Type workflow, string nested)
    {
        var type = workflow.GetNestedType(nested, BindingFlags.Public) ?? throw new InvalidOperationException($"{workflow.Name}.{nested} is missing.");
        return [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];
    }
}
