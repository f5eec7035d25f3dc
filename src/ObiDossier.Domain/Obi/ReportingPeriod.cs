using System.Globalization;
using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// The whole months a phenomenon report covers, <see cref="From"/> to <see cref="To"/> inclusive:
/// a calendar quarter by default. Reports never overlap (<see cref="Overlaps"/>): two published
/// reports sharing months would let a reader subtract one from the other and see a small cell.
/// </summary>
public sealed partial record ReportingPeriod
{
    /// <summary>A report covers at most a year: the trend compares like with like, period by period.</summary>
    public const int MaxMonths = 12;

    public ReportingMonth From { get; }
    public ReportingMonth To { get; }

    public ReportingPeriod(ReportingMonth from, ReportingMonth to)
    {
        if (to < from) throw new ArgumentException("A period ends after it starts.", nameof(to));
        From = from;
        To = to;
    }

    public int Months => To.MonthsSince(From) + 1;

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new ReportingMonth(year, quarter * 3 - 2);
        return new ReportingPeriod(first, first.AddMonths(2));
    }

    /// <summary>The default for a new report: the last calendar quarter that has ended before <paramref name="today"/>.</summary>
    public static ReportingPeriod DefaultFor(DateOnly today)
    {
        var current = (today.Month - 1) / 3 + 1;
        return current == 1 ? Quarter(today.Year - 1, 4) : Quarter(today.Year, current - 1);
    }

    /// <summary>The period of the same length just before this one: the previous report's, for the trend.</summary>
    public ReportingPeriod Previous() => new(From.AddMonths(-Months), From.AddMonths(-1));

    public bool Contains(ReportingMonth month) => month >= From && month <= To;

    public bool Overlaps(ReportingPeriod other) => From <= other.To && other.From <= To;

    /// <summary>True when the period is exactly one calendar quarter.</summary>
    public bool IsQuarter => Months == 3 && From.Month % 3 == 1;

    /// <summary><c>2026-Q1</c> for a quarter, <c>2026-03</c> for one month, else <c>2026-07/2026-11</c> (ISO 8601 interval).</summary>
    public string Label => IsQuarter ? string.Create(CultureInfo.InvariantCulture, $"{From.Year:D4}-Q{(From.Month + 2) / 3}")
        : Months == 1 ? From.ToString() : $"{From}/{To}";

    public override string ToString() => Label;

    /// <summary>Reads <c>2026-Q1</c>.</summary>
    public static bool TryParseQuarter(string? value, out ReportingPeriod? period)
    {
        period = null;
        if (value is null || !QuarterPattern().IsMatch(value)) return false;
        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year < 1900) return false;
        period = Quarter(year, value[^1] - '0');
        return true;
    }

    /// <summary>
    /// The period of <c>POST /obi/reports { periodFrom, periodTo }</c>; both absent means
    /// <see cref="DefaultFor"/>. Refuses with stable codes: <c>period-required</c> (only one given),
    /// the codes of <see cref="ReportingMonth.Check"/>, <c>period-order</c>, <c>period-too-long</c> and
    /// <c>period-not-ended</c> (a report on months still running would miss their later signals).
    /// </summary>
    public static IReadOnlyList<UnmetCondition> TryCreate(string? periodFrom, string? periodTo, DateOnly today, out ReportingPeriod? period)
    {
        period = null;
        if (periodFrom is null && periodTo is null)
        {
            period = DefaultFor(today);
            return [];
        }
        var problems = new List<UnmetCondition>();
        var from = Month(periodFrom, "periodFrom");
        var to = Month(periodTo, "periodTo");
        if (problems.Count > 0 || from is not { } f || to is not { } t) return problems;

        if (t < f)
            return [new UnmetCondition("period-order", "'periodTo' lies before 'periodFrom'.")];
        if (t.MonthsSince(f) + 1 > MaxMonths)
            return [new UnmetCondition("period-too-long", $"A report covers at most {MaxMonths} months.") { Arguments = [MaxMonths.ToString(CultureInfo.InvariantCulture)] }];
        if (t >= ReportingMonth.Of(today))
            return [new UnmetCondition("period-not-ended", "A report covers months that have ended: 'periodTo' must lie before the current month.")];
        period = new ReportingPeriod(f, t);
        return [];

        ReportingMonth? Month(string? value, string field)
        {
            if (value is null)
            {
                problems.Add(new UnmetCondition("period-required", $"'{field}' is required (yyyy-MM), or leave out both for the last quarter.") { Arguments = [field] });
                return null;
            }
            var problem = ReportingMonth.Check(value, today, field, out var month);
            if (problem is null) return month;
            problems.Add(problem);
            return null;
        }
    }

    /// <summary><c>period-overlaps-report</c> when this period shares a month with any existing report's.</summary>
    public UnmetCondition? CheckOverlap(IEnumerable<ReportingPeriod> existing)
    {
        var clash = existing.FirstOrDefault(Overlaps);
        return clash is null ? null
            : new UnmetCondition("period-overlaps-report", $"The period overlaps the report for {clash.Label}: reports never share a month.") { Arguments = [clash.Label] };
    }

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterPattern();
}
