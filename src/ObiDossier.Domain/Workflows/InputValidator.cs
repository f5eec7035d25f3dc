using System.Globalization;
using System.Text.Json;

namespace ObiDossier.Domain.Workflows;

/// <summary>Checks a trigger's inputs against its definition: required, type, size, no unknown names.</summary>
internal static class InputValidator
{
    /// <summary>Longest accepted free text; a motivation or answer longer than this is not a motivation.</summary>
    public const int MaxTextLength = 10_000;
    public const int MaxStringLength = 200;
    public const int MaxListItems = 50;

    public static IReadOnlyList<UnmetCondition> Validate(TriggerDefinition trigger, TriggerInputs inputs)
    {
        var problems = new List<UnmetCondition>();
        foreach (var name in inputs.Names.Where(n => trigger.Inputs.All(i => i.Name != n)))
            problems.Add(new UnmetCondition("input-unknown", $"'{trigger.Name}' takes no input '{name}'."));

        foreach (var input in trigger.Inputs)
        {
            if (!inputs.Has(input.Name))
            {
                if (input.Required) problems.Add(new UnmetCondition("input-required", $"'{input.Name}' is required: {input.Description}") { Arguments = [input.Name] });
                continue;
            }

            var problem = Check(input, inputs.Raw(input.Name)!.Value);
            if (problem is not null) problems.Add(new UnmetCondition("input-invalid", $"'{input.Name}' {problem}") { Arguments = [input.Name] });
            else if (input.Required && input.Type is "text" or "string" && inputs.Text(input.Name) is null)
                problems.Add(new UnmetCondition("input-required", $"'{input.Name}' is required: {input.Description}") { Arguments = [input.Name] });
            else if (input.Required && input.Type == "string-list" && inputs.List(input.Name).Count == 0)
                problems.Add(new UnmetCondition("input-required", $"'{input.Name}' needs at least one item: {input.Description}") { Arguments = [input.Name] });
        }
        return problems;
    }

    private static string? Check(InputDefinition input, JsonElement value) => input.Type switch
    {
        "text" => value.ValueKind != JsonValueKind.String ? "must be text"
            : value.GetString()!.Length > MaxTextLength ? $"is longer than {MaxTextLength} characters" : null,
        "string" => value.ValueKind != JsonValueKind.String ? "must be a string"
            : value.GetString()!.Length > MaxStringLength ? $"is longer than {MaxStringLength} characters" : null,
        "string-list" => value.ValueKind != JsonValueKind.Array ? "must be a list of strings"
            : value.GetArrayLength() > MaxListItems ? $"has more than {MaxListItems} items"
            : value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || e.GetString()!.Length > MaxStringLength) ? "must be a list of short strings"
            : null,
        "date" => value.ValueKind == JsonValueKind.String
                  && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "must be a date (yyyy-MM-dd)",
        _ => $"has an unknown input type '{input.Type}'",
    };
}
