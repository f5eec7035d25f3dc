using Microsoft.Extensions.Options;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// The one calendar: "today", a moment's local time and the bounds of a day, all in the zone of
/// <c>ObiDossier:Schedule:TimeZone</c> (Europe/Amsterdam by default). A basis in force "today", a
/// session "today or later", a job's day and a time on screen all mean the day in the Netherlands,
/// not in UTC. The zone is checked at start-up (<see cref="ScheduleOptions.Faults"/>).
/// </summary>
internal sealed class LegalCalendar(TimeZoneInfo zone)
{
    public LegalCalendar(IOptions<ScheduleOptions> options) : this(FindZone(options.Value.TimeZone))
    {
    }

    /// <summary>The zone of the calendar, also that of the jobs' cron schedules.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The calendar day at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Local(now).DateTime);

    /// <summary>The moment as a local time, with the offset of that day (for display: <c>Dutch.Moment</c>).</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The first moment of the local day, as UTC (a day's lower bound in a query).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A day that starts in a clock change's gap starts when the clock resumes.
        while (Zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(1);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The last moment of the local day, as UTC (a day's upper bound, inclusive).</summary>
    public DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1)).AddTicks(-1);

    /// <summary>The zone with this IANA or Windows id; throws when the system does not know it.</summary>
    public static TimeZoneInfo FindZone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
