using System.Text.Json;
using ObiDossier.Domain.Anonymisation;

namespace ObiDossier.Domain.Workflows;

/// <summary>The inputs sent with a trigger (a JSON object), read by name.</summary>
public sealed class TriggerInputs
{
    public static readonly TriggerInputs None = new(new Dictionary<string, JsonElement>());

    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public TriggerInputs(IReadOnlyDictionary<string, JsonElement> values) => _values = values;

    public static TriggerInputs From(JsonElement? body)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (body is { ValueKind: JsonValueKind.Object } obj)
            foreach (var property in obj.EnumerateObject())
                values[property.Name] = property.Value.Clone();
        return new TriggerInputs(values);
    }

    public static TriggerInputs Of(params (string Name, object? Value)[] values) =>
        new(values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal));

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    public JsonElement? Raw(string name) => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>
    /// The trimmed text of a string input, normalised as stored text is (no format characters, no
    /// compatibility forms: <see cref="TextNormaliser.ForStorage"/>); null when absent, blank or not a string.
    /// </summary>
    public string? Text(string name) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String
            && TextNormaliser.ForStorage(v.GetString()!).Trim() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>The items of a string-list input; empty when absent or not a list of strings.</summary>
    public IReadOnlyList<string> List(string name) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
