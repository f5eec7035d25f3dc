using System.Globalization;

namespace ObiDossier.Web.WebUi;

/// <summary>
/// Dates in Dutch. The build runs with invariant globalisation (no ICU), so the month names are
/// given here rather than taken from a culture.
/// </summary>
internal static class Dutch
{
    public static readonly CultureInfo Culture = Create();

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var f = culture.DateTimeFormat;
        f.MonthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", ""];
        f.MonthGenitiveNames = f.MonthNames;
        f.AbbreviatedMonthNames = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec", ""];
        f.AbbreviatedMonthGenitiveNames = f.AbbreviatedMonthNames;
        f.DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
        return CultureInfo.ReadOnly(culture);
    }

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Culture);

    /// <summary>A moment in Dutch legal time (Europe/Amsterdam when the zone database is there, else UTC).</summary>
    public static string Moment(DateTimeOffset at) => ToLocal(at).ToString("d MMM yyyy HH:mm", Culture);

    private static DateTimeOffset ToLocal(DateTimeOffset at)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        }
        catch (TimeZoneNotFoundException)
        {
            return at.ToUniversalTime();
        }
    }
}
