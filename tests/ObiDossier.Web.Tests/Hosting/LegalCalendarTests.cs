using Microsoft.Extensions.Options;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Tests.Hosting;

/// <summary>One calendar for jobs, commands and pages: its zone is <c>ObiDossier:Schedule:TimeZone</c>.</summary>
public sealed class LegalCalendarTests
{
    private static LegalCalendar Calendar(string zone) => new(Options.Create(new ScheduleOptions { TimeZone = zone }));

    [Fact]
    public void Just_after_midnight_in_amsterdam_today_is_already_the_next_day()
    {
        var now = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero); // 00:30 on 2 March in Amsterdam (CET)

        Assert.Equal(new DateOnly(2026, 3, 2), Calendar("Europe/Amsterdam").Today(now));
        Assert.Equal(new DateOnly(2026, 3, 1), Calendar("UTC").Today(now));
    }

    [Fact]
    public void The_zone_is_the_configured_one()
    {
        var now = new DateTimeOffset(2026, 6, 30, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 7, 1), Calendar("Asia/Tokyo").Today(now));
        Assert.Equal(TimeSpan.FromHours(2), Calendar("Europe/Amsterdam").Local(now).Offset);
    }

    [Fact]
    public void A_local_day_runs_from_its_midnight_to_the_next_as_utc()
    {
        var amsterdam = Calendar("Europe/Amsterdam");

        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero), amsterdam.StartOf(new DateOnly(2026, 1, 15)));
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 22, 0, 0, TimeSpan.Zero), amsterdam.StartOf(new DateOnly(2026, 7, 15)));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 22, 0, 0, TimeSpan.Zero).AddTicks(-1), amsterdam.EndOf(new DateOnly(2026, 7, 15)));
    }

    [Fact]
    public void Dutch_formats_the_local_time_it_is_given()
    {
        var at = new DateTimeOffset(2026, 7, 14, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal("15 jul 2026 00:30", Dutch.Moment(Calendar("Europe/Amsterdam").Local(at)));
        Assert.Equal("14 jul 2026 22:30", Dutch.Moment(at));
    }
}
