using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ObiDossier.Web.Hosting;

/// <summary>Strong ETags from the row version: <c>"7"</c>.</summary>
internal static class ETags
{
    public static string Of(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>False when an If-Match header is present but is not one of our ETags; <c>*</c> or none means no condition.</summary>
    public static bool TryParseIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return true;
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        if (value.Length < 3 || value[0] != '"' || value[^1] != '"') return false;
        if (!long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return false;
        version = v;
        return true;
    }
}
