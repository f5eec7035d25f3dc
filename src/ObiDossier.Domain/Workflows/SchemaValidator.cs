using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Workflows;

/// <summary>
/// Validates a JSON document against <c>workflow.schema.json</c>. It interprets the subset of
/// JSON Schema 2020-12 that the schema uses (the usual validator package is not on our registry);
/// a keyword outside that subset is refused, so the schema cannot silently stop being enforced.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description"];

    private static readonly HashSet<string> Supported =
        ["type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minimum", "minLength", "minItems"];

    private readonly JsonElement _schema;

    public SchemaValidator(JsonElement schema)
    {
        CheckKeywords(schema, "#");
        _schema = schema;
    }

    /// <summary>Returns every violation as (JSON pointer, message).</summary>
    public IReadOnlyList<(string Path, string Message)> Validate(JsonElement document)
    {
        var errors = new List<(string, string)>();
        Validate(_schema, document, "", errors);
        return errors;
    }

    private static void CheckKeywords(JsonElement schema, string at)
    {
        foreach (var property in schema.EnumerateObject())
        {
            if (Annotations.Contains(property.Name)) continue;
            if (!Supported.Contains(property.Name))
                throw new InvalidOperationException($"workflow.schema.json {at}: keyword '{property.Name}' is not supported by the engine's schema validator.");
            if (property.Name == "properties")
                foreach (var p in property.Value.EnumerateObject()) CheckKeywords(p.Value, $"{at}/properties/{p.Name}");
            if (property.Name == "items") CheckKeywords(property.Value, $"{at}/items");
        }
    }

    private static void Validate(JsonElement schema, JsonElement value, string path, List<(string, string)> errors)
    {
        var shown = path.Length == 0 ? "/" : path;
        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add((shown, $"expected {Describe(type)}, found {Kind(value)}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            errors.Add((shown, $"'{Text(value)}' is not one of {string.Join(", ", allowed.EnumerateArray().Select(Text))}"));

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                    errors.Add((shown, $"needs at least {minItems.GetInt32()} item(s)"));
                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray()) Validate(items, item, $"{path}/{i++}", errors);
                }
                break;
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && s.Length < minLength.GetInt32())
                    errors.Add((shown, $"must be at least {minLength.GetInt32()} character(s) long"));
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                    errors.Add((shown, $"'{s}' does not match the pattern {pattern.GetString()}"));
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                    errors.Add((shown, $"must be at least {minimum.GetRawText()}"));
                break;
        }
    }

    private static void ValidateObject(JsonElement schema, JsonElement value, string path, List<(string, string)> errors)
    {
        var shown = path.Length == 0 ? "/" : path;
        schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                if (!value.TryGetProperty(name, out _))
                    errors.Add((shown, $"missing required property '{name}'"));

        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Validate(propertySchema, property.Value, $"{path}/{property.Name}", errors);
            else if (closed)
                errors.Add(($"{path}/{property.Name}", $"unknown property '{property.Name}'"));
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
        : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string Describe(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
        : type.GetString()!;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
