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
            if (!IsValidText(document.RootElement)) return (null, "The body holds text that is not valid Unicode.");
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }
    }

    /// <summary>The reader accepts escaped lone surrogates (<c>"\ud800"</c>) that no string can hold: refuse them up front.</summary>
    private static bool IsValidText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try { _ = element.GetString(); return true; }
                catch (InvalidOperationException) { return false; }
            case JsonValueKind.Object:
                try { return element.EnumerateObject().All(p => p.Name.Length >= 0 && IsValidText(p.Value)); }
                catch (InvalidOperationException) { return false; }
            case JsonValueKind.Array:
                return element.EnumerateArray().All(IsValidText);
            default:
                return true;
        }
    }
}
