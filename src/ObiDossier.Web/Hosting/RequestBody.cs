using System.Text.Json;

namespace ObiDossier.Web.Hosting;

/// <summary>Reads an optional JSON object body (trigger inputs), refusing anything else with a clear message.</summary>
internal static class RequestBody
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<(JsonElement? Value, string? Error)> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0)) return (null, null);
        if (request.ContentLength > MaxBytes) return (null, $"The body is larger than {MaxBytes} bytes.");
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, "The body must be application/json.");
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return (null, null);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object of inputs.");
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }
    }
}
