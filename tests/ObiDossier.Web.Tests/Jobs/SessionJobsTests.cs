using System.Net.Http.Json;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>The table runs itself: sessions are scheduled, agendas frozen and deadlines applied by jobs.</summary>
public sealed class SessionJobsTests
{
    private static readonly DateOnly FirstTuesdayOfDecember = new(2026, 12, 1);

    [Fact]
    public async Task A_fresh_host_shows_upcoming_sessions_without_anyone_creating_them()
    {
        await using var app = JobsKit.NewApp();
        app.Settings["ObiDossier:Jobs:Server"] = "true";
        var officer = app.Officer();

        var dates = new List<string>();
        // Hangfire's own worker picks the start-up job up; on a busy CI machine that can take a while.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        for (var attempt = 0; DateTime.UtcNow < deadline && dates.Count < 3; attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            var sessions = await (await officer.GetAsync("/api/v1/sessions")).OkJsonAsync();
            dates = [.. sessions.EnumerateArray().Select(s => s.GetProperty("date").GetString()!)];
        }

        Assert.Equal(["2026-12-01", "2027-01-05", "2027-02-02"], dates);
    }

    [Fact]
    public async Task Creating_sessions_again_adds_only_what_is_missing()
    {
        await using var app = JobsKit.NewApp();
        Assert.Contains("3 session(s) created", await app.RunJobAsync(JobNames.CreateSessions));
        Assert.Equal("no session to create", await app.RunJobAsync(JobNames.CreateSessions));

        app.SetNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal("1 session(s) created: 2027-03-02", await app.RunJobAsync(JobNames.CreateSessions));
    }

    [Fact]
    public async Task The_freeze_job_puts_queued_cases_on_the_agenda_on_its_day_and_not_before()
    {
        await using var app = JobsKit.NewApp(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var sessionId = await app.CreateSessionAsync(FirstTuesdayOfDecember);
        var early = await app.QueuedCaseAsync();

        // Monday 23 November, 23:30 in Amsterdam: still eight days before.
        app.SetNow(new DateTimeOffset(2026, 11, 23, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal("0 agenda(s) frozen", await app.RunJobAsync(JobNames.FreezeAgendas));
        Assert.Equal("Queued", await app.Officer().StateAsync(early));

        // Tuesday 24 November, 00:30 in Amsterdam (still the 23rd in UTC): seven days before.
        app.SetNow(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("1 agenda(s) frozen", await app.RunJobAsync(JobNames.FreezeAgendas));
        Assert.Equal("OnAgenda", await app.Officer().StateAsync(early));
        var session = await app.SessionAsync(sessionId);
        Assert.Equal("AgendaFrozen", session.GetProperty("state").GetString());
        Assert.Equal([early], session.GetProperty("agenda").EnumerateArray().Select(e => e.GetGuid()));

        var late = await app.QueuedCaseAsync("Vwy");
        Assert.Equal("0 agenda(s) frozen", await app.RunJobAsync(JobNames.FreezeAgendas));
        Assert.Equal("Queued", await app.Officer().StateAsync(late));

        var news = await app.Prosecutor().NotificationsAsync();
        Assert.Contains(news, n => n.GetProperty("caseId").GetString() == early.ToString()
                                   && n.GetProperty("body").GetString()!.EndsWith("staat op de agenda van 1 december 2026.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_response_deadline_an_unanswered_case_moves_to_NoInterest_by_the_system()
    {
        await using var app = JobsKit.NewApp();
        var sessionId = await app.CreateSessionAsync(FirstTuesdayOfDecember);
        var silent = await app.QueuedCaseAsync();
        var answered = await app.QueuedCaseAsync("Vwy");
        await (await app.Admin().PostAsync($"/api/v1/sessions/{sessionId}/actions/freeze-agenda", null)).OkJsonAsync();
        await app.Prosecutor().ActOkAsync(answered, "decline-interest", new { motivation = "Geen lopend onderzoek." });

        // 15 December, the fourteenth day after the session: OM may still respond; the session itself is over.
        app.SetNow(new DateTimeOffset(2026, 12, 15, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal("0 case(s) past the response deadline moved to NoInterest, 1 session(s) closed", await app.RunJobAsync(JobNames.ResponseDeadlines));
        Assert.Equal("OnAgenda", await app.Officer().StateAsync(silent));
        Assert.Equal("Held", (await app.SessionAsync(sessionId)).GetProperty("state").GetString());

        // 16 December, 00:30 in Amsterdam.
        app.SetNow(new DateTimeOffset(2026, 12, 15, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("1 case(s) past the response deadline moved to NoInterest, 0 session(s) closed", await app.RunJobAsync(JobNames.ResponseDeadlines));
        Assert.Equal("NoInterest", await app.Officer().StateAsync(silent));
        Assert.Equal("NoInterest", await app.Officer().StateAsync(answered));

        var last = (await app.HistoryAsync(silent))[^1];
        Assert.Equal("deadline-passed", last.GetProperty("trigger").GetString());
        Assert.Equal("system", last.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("system", last.GetProperty("actor").GetProperty("role").GetString());
        var audit = await (await app.Auditor().GetAsync($"/api/v1/audit?caseId={silent}")).OkJsonAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "case.trigger.deadline-passed");
        Assert.Equal("succeeded", entry.GetProperty("outcome").GetString());
        Assert.Equal("system", entry.GetProperty("actor").GetProperty("id").GetString());
        var told = Assert.Single(await app.Officer().NotificationsAsync(), n => n.GetProperty("caseId").GetString() == silent.ToString()
                                                                                && n.GetProperty("body").GetString()!.Contains("niet op tijd", StringComparison.Ordinal));
        Assert.False(told.GetProperty("read").GetBoolean());

        Assert.Equal("0 case(s) past the response deadline moved to NoInterest, 0 session(s) closed", await app.RunJobAsync(JobNames.ResponseDeadlines));
    }
}
