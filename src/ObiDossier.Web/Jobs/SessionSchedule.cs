namespace ObiDossier.Web.Jobs;

/// <summary>The dates of the table's sessions: the n-th (or last) given weekday of each month.</summary>
internal static class SessionSchedule
{
    /// <summary>The first <paramref name="count"/> session dates on or after <paramref name="from"/>.</summary>
    public static IReadOnlyList<DateOnly> Next(DateOnly from, DayOfWeek day, int weekOfMonth, int count)
    {
        var dates = new List<DateOnly>(count);
        var month = new DateOnly(from.Year, from.Month, 1);
        while (dates.Count < count)
        {
            var date = InMonth(month.Year, month.Month, day, weekOfMonth);
            if (date >= from) dates.Add(date);
            month = month.AddMonths(1);
        }
        return dates;
    }

    public static DateOnly InMonth(int year, int month, DayOfWeek day, int weekOfMonth)
    {
        if (weekOfMonth == -1)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (weekOfMonth - 1));
    }
}
