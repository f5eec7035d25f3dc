using System.Net;
using System.Net.Http.Json;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Sessions;

/// <summary>The table's "today" is the day in the Netherlands, not in UTC.</summary>
public sealed class SessionDayTests
{
    [Fact]
    public async Task Just_after_midnight_in_Amsterdam_yesterdays_date_is_in_the_past()
    {
        // 2 December 00:30 in Amsterdam, still 1 December in UTC.
        using var app = JobsKit.NewApp(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));

        var yesterday = await app.Admin().PostAsJsonAsync("/api/v1/sessions", new { date = "2026-12-01" });
        var today = await app.Admin().PostAsJsonAsync("/api/v1/sessions", new { date = "2026-12-02" });

        Assert.Equal(HttpStatusCode.BadRequest, yesterday.StatusCode);
        Assert.Contains("date-in-past", (await yesterday.JsonAsync()).Codes());
        Assert.Equal(HttpStatusCode.Created, today.StatusCode);
    }
}
