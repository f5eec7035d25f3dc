using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ObiDossier.Web.Hosting;

/// <summary>Opaque keyset cursors: the sort key of the last row shown, base64url-encoded.</summary>
internal static class Cursor
{
    public static string Of(DateTimeOffset at, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{key}"));

    public static bool TryParse(string cursor, out DateTimeOffset at, out string key)
    {
        at = default;
        key = "";
        if (cursor.Length > 200) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || !long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
            at = new DateTimeOffset(ticks, TimeSpan.Zero);
            key = text[(bar + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
