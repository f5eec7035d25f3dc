using Cronos;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// The <c>ObiDossier:Schedule</c> section: when each background job runs (cron, in
/// <see cref="TimeZone"/>) and the periods it applies. Every deadline is computed from stored
/// dates and these periods, never from a scheduled job, so changing a period applies at the next run.
/// </summary>
public sealed class ScheduleOptions
{
    public const string Section = "ObiDossier:Schedule";

    /// <summary>The zone of the cron schedules and of <see cref="LegalCalendar"/>'s "today" (a session's date is a Dutch date).</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public CreateSessionsSchedule CreateSessions { get; set; } = new() { Cron = "0 3 * * *" };
    public FreezeAgendasSchedule FreezeAgendas { get; set; } = new() { Cron = "0 6 * * *" };
    public ResponseDeadlinesSchedule ResponseDeadlines { get; set; } = new() { Cron = "0 7 * * *" };
    public RemindersSchedule Reminders { get; set; } = new() { Cron = "0 8 * * *" };
    public RetentionSchedule Retention { get; set; } = new() { Cron = "0 2 * * *" };
    public JobSchedule AuditCheckpoint { get; set; } = new() { Cron = "*/10 * * * *" };

    /// <summary>The OBI desk's reporter retention (<c>obi-retention</c>); its period is <c>ObiDossier:Obi:ReporterRetentionDays</c>.</summary>
    public JobSchedule ObiRetention { get; set; } = new() { Cron = "30 2 * * *" };
    public JobSchedule Outbox { get; set; } = new() { Cron = "* * * * *" };

    /// <summary>How many cases a session takes when it is scheduled without a capacity of its own (README, "Background jobs and notifications").</summary>
    public int SessionCapacity { get; set; } = Domain.Sessions.SessionEntity.DefaultCapacity;

    /// <summary>The schedule of each job by its name (README, "Background jobs and notifications").</summary>
    public IReadOnlyDictionary<string, JobSchedule> ByJob() => new Dictionary<string, JobSchedule>(StringComparer.Ordinal)
    {
        [JobNames.CreateSessions] = CreateSessions,
        [JobNames.FreezeAgendas] = FreezeAgendas,
        [JobNames.ResponseDeadlines] = ResponseDeadlines,
        [JobNames.Reminders] = Reminders,
        [JobNames.Retention] = Retention,
        [JobNames.AuditCheckpoint] = AuditCheckpoint,
        [JobNames.Outbox] = Outbox,
        [JobNames.ObiRetention] = ObiRetention,
    };

    /// <summary>Every configuration fault, each naming its key; empty when valid.</summary>
    public IReadOnlyList<string> Faults()
    {
        var faults = new List<string>();
        try { LegalCalendar.FindZone(TimeZone); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        { faults.Add($"{Section}:TimeZone '{TimeZone}' is not a known time zone."); }
        foreach (var (name, schedule) in ByJob())
        {
            if (!TryParse(schedule.Cron, out _))
                faults.Add($"{Section}:{Key(name)}:Cron '{schedule.Cron}' is not a cron expression (five fields, e.g. '0 6 * * *').");
        }
        if (CreateSessions.Ahead is < 0 or > 24) faults.Add($"{Section}:CreateSessions:Ahead must be between 0 and 24.");
        if (CreateSessions.WeekOfMonth is not (>= 1 and <= 4 or -1)) faults.Add($"{Section}:CreateSessions:WeekOfMonth must be 1 to 4, or -1 for the last.");
        if (FreezeAgendas.DaysBefore is < 0 or > 90) faults.Add($"{Section}:FreezeAgendas:DaysBefore must be between 0 and 90.");
        if (ResponseDeadlines.DaysAfter is < 0 or > 365) faults.Add($"{Section}:ResponseDeadlines:DaysAfter must be between 0 and 365.");
        if (Reminders.QuestionDays < 1 || Reminders.LegalReviewDays < 1 || Reminders.AcknowledgeDays < 1)
            faults.Add($"{Section}:Reminders:*Days must be at least 1.");
        if (SessionCapacity is < 1 or > 1000) faults.Add($"{Section}:SessionCapacity must be between 1 and 1000.");
        if (Retention.Years is < 1 or > 100) faults.Add($"{Section}:Retention:Years must be between 1 and 100.");
        return faults;
    }

    public static bool TryParse(string? cron, out CronExpression? expression)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(cron)) return false;
        try
        {
            expression = CronExpression.Parse(cron);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    /// <summary>The next run after <paramref name="now"/> in <paramref name="zone"/> (<see cref="LegalCalendar.Zone"/>), if any.</summary>
    public DateTimeOffset? NextRun(string job, DateTimeOffset now, TimeZoneInfo zone) =>
        TryParse(ByJob()[job].Cron, out var cron) ? cron!.GetNextOccurrence(now, zone) : null;

    private static string Key(string job) => string.Concat(job.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}

public class JobSchedule
{
    public string Cron { get; set; } = "";
}

public sealed class CreateSessionsSchedule : JobSchedule
{
    /// <summary>The weekday of a session (default: Tuesday).</summary>
    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Which of the month's <see cref="DayOfWeek"/>s: 1 to 4, or -1 for the last (default: the first).</summary>
    public int WeekOfMonth { get; set; } = 1;

    /// <summary>How many sessions to keep scheduled ahead (today included).</summary>
    public int Ahead { get; set; } = 3;

    /// <summary>Also run once when the host starts, so a fresh host shows upcoming sessions.</summary>
    public bool RunAtStartup { get; set; } = true;
}

public sealed class FreezeAgendasSchedule : JobSchedule
{
    public int DaysBefore { get; set; } = 7;
}

public sealed class ResponseDeadlinesSchedule : JobSchedule
{
    /// <summary>OM responds until this many days after the session's date (that day included).</summary>
    public int DaysAfter { get; set; } = 14;
}

public sealed class RemindersSchedule : JobSchedule
{
    public int QuestionDays { get; set; } = 5;
    public int LegalReviewDays { get; set; } = 5;
    public int AcknowledgeDays { get; set; } = 10;
}

public sealed class RetentionSchedule : JobSchedule
{
    /// <summary>Personal data of a case are destroyed this many years after it was closed or withdrawn.</summary>
    public int Years { get; set; } = 5;
}

/// <summary>The job names of the README's "Background jobs and notifications".</summary>
public static class JobNames
{
    public const string CreateSessions = "create-sessions";
    public const string FreezeAgendas = "freeze-agendas";
    public const string ResponseDeadlines = "response-deadlines";
    public const string Reminders = "reminders";
    public const string Retention = "retention";
    public const string AuditCheckpoint = "audit-checkpoint";
    public const string Outbox = "outbox";
    public const string ObiRetention = "obi-retention";

    public static readonly IReadOnlyList<string> All = [CreateSessions, FreezeAgendas, ResponseDeadlines, Reminders, Retention, AuditCheckpoint, Outbox, ObiRetention];
}
