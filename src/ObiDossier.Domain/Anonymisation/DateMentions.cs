using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>A calendar date written somewhere in a text.</summary>
internal readonly record struct DateMention(int Start, int Length, DateOnly Date);

/// <summary>
/// Finds full dates (day, month and year) in the written forms common in Dutch and English case
/// texts: 14-03-1961, 14/3/1961, 14.03.1961, 1961-03-14, 14 maart 1961, 14th of March 1961,
/// March 14, 1961. Two-digit years are read only in numeric forms (14-03-61).
/// </summary>
internal static partial class DateMentions
{
    private const string Months =
        "januari|january|jan|februari|february|febr|feb|maart|march|mrt|mar|april|apr|mei|may|juni|june|jun|" +
        "juli|july|jul|augustus|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec";

    // One pass with four alternatives; group names repeat across alternatives on purpose.
    [GeneratedRegex(
        @"\b(?:" +
        @"(?<y>(?:19|20)\d\d)(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})" +
        @"|(?<d>\d{1,2})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<y>\d{4}|\d\d)" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th|ste|de|e)?\s+(?:of\s+)?(?<mn>" + Months + @")\.?,?\s+(?<y>\d{4})" +
        @"|(?<mn>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" +
        @")(?![\w\-/]|\.\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateRegex();

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (Match match in DateRegex().Matches(text))
        {
            // Checked here rather than as a lookbehind, which would stop the regex from skipping ahead to
            // likely starts: "10/12-05-1970" or "3.12.05.1970" are parts of longer numbers, not dates.
            if (match.Index > 0 && text[match.Index - 1] is '.' or '-' or '/' or '_') continue;
            if (TryRead(match, out var date)) found.Add(new DateMention(match.Index, match.Length, date));
        }
        return found;
    }

    /// <summary>Reads a vault's date of birth, whatever form it was typed in.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = DateRegex().Match(value.Trim());
        return match.Success && TryRead(match, out var date) ? date : null;
    }

    private static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups["y"].Length == 2) year += year > DateTime.UtcNow.Year % 100 ? 1900 : 2000;
        var day = int.Parse(match.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["mn"].Success) month = MonthNumber(match.Groups["mn"].Value);
        else
        {
            month = int.Parse(match.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            // 3/14/1961 can only be American month-first; day-first wins when both are possible.
            if (month > 12 && day <= 12) (day, month) = (month, day);
        }
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "maa" or "mar" or "mrt" => 3, "apr" => 4, "mei" or "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "okt" or "oct" => 10, "nov" => 11, _ => 12,
    };
}
