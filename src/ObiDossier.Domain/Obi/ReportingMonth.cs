using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// One calendar month (<c>yyyy-MM</c>): the only period a signal has. Coarse by construction: there
/// is no day in it to store, so a date that could tie a signal to one event (and one reporter)
/// cannot be kept even by mistake.
/// </summary>
[JsonConverter(typeof(ReportingMonthJsonConverter))]
public readonly partial record struct ReportingMonth : IComparable<ReportingMonth>
{
    public int Year { get; }
    public int Month { get; }

    public ReportingMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The month <paramref name="day"/> falls in.</summary>
    public static ReportingMonth Of(DateOnly day) => new(day.Year, day.Month);

    public ReportingMonth AddMonths(int months)
    {
        var index = Year * 12 + (Month - 1) + months;
        return new ReportingMonth(index / 12, index % 12 + 1);
    }

    /// <summary>Months from <paramref name="other"/> to this one (positive when this is later).</summary>
    public int MonthsSince(ReportingMonth other) => (Year - other.Year) * 12 + (Month - other.Month);

    public int CompareTo(ReportingMonth other) => MonthsSince(other);

    public static bool operator <(ReportingMonth a, ReportingMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportingMonth a, ReportingMonth b) => a.CompareTo(b) > 0;
    public static bool operator <=(ReportingMonth a, ReportingMonth b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ReportingMonth a, ReportingMonth b) => a.CompareTo(b) >= 0;

    /// <summary><c>yyyy-MM</c>, the form of the API.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Strictly <c>yyyy-MM</c>; no other spelling.</summary>
    public static bool TryParse(string? value, out ReportingMonth month)
    {
        month = default;
        if (value is null || !MonthPattern().IsMatch(value)) return false;
        month = new ReportingMonth(int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>
    /// Reads a month as a signal or report gives it, refusing with a stable code: <c>period-too-precise</c>
    /// (a day, a date-time or a week), <c>period-not-a-month</c> (a year or a quarter: coarser, but a
    /// signal is counted in one month), <c>period-in-the-future</c> (after the month of
    /// <paramref name="today"/>) or <c>period-invalid</c>. Messages name the field, never the value.
    /// </summary>
    public static UnmetCondition? Check(string value, DateOnly today, string field, out ReportingMonth month)
    {
        if (!TryParse(value, out month))
        {
            var trimmed = value.Trim();
            if (DayPattern().IsMatch(trimmed) || WeekPattern().IsMatch(trimmed))
                return Problem("period-too-precise", field, "is more precise than a month: give the month only (yyyy-MM), never a day or a week.");
            if (CoarserPattern().IsMatch(trimmed))
                return Problem("period-not-a-month", field, "must be one month (yyyy-MM), not a year or a quarter.");
            return Problem("period-invalid", field, "must be a month as yyyy-MM, e.g. 2026-03.");
        }
        if (month > Of(today))
            return Problem("period-in-the-future", field, "lies in the future.");
        return null;
    }

    private static UnmetCondition Problem(string code, string field, string message) => new(code, $"'{field}' {message}") { Arguments = [field] };

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    // 2026-03-14, 2026-03-14T10:00Z, 14-03-2026, 14/3/2026, 14.03.2026, 20260314.
    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}([T ].*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8})$")]
    private static partial Regex DayPattern();

    // ISO weeks: 2026-W11, 2026W11, 2026-W11-3.
    [GeneratedRegex(@"^\d{4}-?[Ww]\d{1,2}(-?\d)?$")]
    private static partial Regex WeekPattern();

    // A year, a quarter or a half year: 2026, 2026-Q1, 2026Q1, 2026-H2.
    [GeneratedRegex(@"^\d{4}(-?[QqHh]\d)?$")]
    private static partial Regex CoarserPattern();
}

/// <summary>Writes and reads a <see cref="ReportingMonth"/> as its <c>yyyy-MM</c> string.</summary>
public sealed class ReportingMonthJsonConverter : JsonConverter<ReportingMonth>
{
    public override ReportingMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportingMonth.TryParse(reader.GetString(), out var month) ? month : throw new JsonException("A month must be written as yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, ReportingMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
