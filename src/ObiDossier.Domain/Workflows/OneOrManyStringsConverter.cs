using System.Text.Json;
using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Workflows;

/// <summary>Reads <c>"A"</c> or <c>["A", "B"]</c> as a list; writes a single item as a string.</summary>
internal sealed class OneOrManyStringsConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return [reader.GetString()!];
        return JsonSerializer.Deserialize<List<string>>(ref reader, options)
               ?? throw new JsonException("Expected a string or a list of strings.");
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
            writer.WriteStringValue(value[0]);
        else
            JsonSerializer.Serialize(writer, value, options);
    }
}
