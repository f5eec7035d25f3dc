namespace ObiDossier.Web.Hosting;

/// <summary>The legal day: a basis in force "today" means today in the Netherlands, not in UTC.</summary>
internal sealed class LegalCalendar
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
}
