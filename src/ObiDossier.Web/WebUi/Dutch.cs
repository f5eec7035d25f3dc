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

    /// <summary>A moment as its local clock reads it: pass <see cref="Hosting.LegalCalendar.Local"/>'s time (this class only formats).</summary>
    public static string Moment(DateTimeOffset local) => local.ToString("d MMM yyyy HH:mm", Culture);
}
