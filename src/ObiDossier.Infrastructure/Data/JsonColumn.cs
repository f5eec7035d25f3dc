using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ObiDossier.Infrastructure.Data;

/// <summary>Stores a small list as JSON text: the same on SQLite, SQL Server and PostgreSQL.</summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasConversion(
            v => Write(v),
            v => Read<T>(v),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                v => v.ToList()));
        return property;
    }

    /// <summary>The column's text. Public, as are all the converters' members: the compiled model (README, Databases) calls them from its own assembly.</summary>
    public static string Write<T>(List<T> value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The list a column's text holds; an empty list for JSON <c>null</c>.</summary>
    public static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>();
}
