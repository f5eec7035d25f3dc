using System.Text.Json;
using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Workflows;

/// <summary>Reads an effect written as a plain name or as an object with arguments; writes the shortest form.</summary>
internal sealed class EffectDefinitionConverter : JsonConverter<EffectDefinition>
{
    public override EffectDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new EffectDefinition { Name = reader.GetString()! };
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new EffectDefinition
        {
            Name = root.GetProperty("name").GetString()!,
            Role = root.TryGetProperty("role", out var role) ? role.GetString() : null,
        };
    }

    public override void Write(Utf8JsonWriter writer, EffectDefinition value, JsonSerializerOptions options)
    {
        if (value.Role is null)
        {
            writer.WriteStringValue(value.Name);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("role", value.Role);
        writer.WriteEndObject();
    }
}
