using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Parses the text EF Core's SQLite provider stores for a <see cref="DateTime"/>
/// (<c>yyyy-MM-dd HH:mm:ss[.FFFFFFF]</c>) from UTF-8 without a string. Anything else goes
/// through <see cref="DateTime.Parse(string, IFormatProvider)"/>, as Microsoft.Data.Sqlite does.
/// </summary>
internal static class SqliteDateTime
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseTicks(ReadOnlySpan<byte> text, out long ticks)
    {
        if (TryParseFixed(text, out ticks))
        {
            return true;
        }
        try
        {
            ticks = DateTime.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture).Ticks;
            return true;
        }
        catch (FormatException)
        {
            ticks = 0;
            return false;
        }
    }

    private static bool TryParseFixed(ReadOnlySpan<byte> t, out long ticks)
    {
        ticks = 0;
        if (t.Length < 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
        {
            return false;
        }
        if (!Digits(t[..4], out var year) || !Digits(t.Slice(5, 2), out var month) || !Digits(t.Slice(8, 2), out var day)
            || !Digits(t.Slice(11, 2), out var hour) || !Digits(t.Slice(14, 2), out var minute) || !Digits(t.Slice(17, 2), out var second))
        {
            return false;
        }
        long fraction = 0;
        if (t.Length > 19)
        {
            var digits = t[20..];
            if (t[19] != '.' || digits.Length is 0 or > 7 || !Digits(digits, out var f))
            {
                return false;
            }
            fraction = f;
            for (var i = digits.Length; i < 7; i++)
            {
                fraction *= 10;
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 1, month)
            || year is < 1 or > 9999 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        foreach (var b in span)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
