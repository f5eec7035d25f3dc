using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>Reminders go out once per item, after the configured number of days.</summary>
public sealed class RemindersJobTests
{
    [Fact]
    public async Task An_unanswered_question_is_reminded_once_after_its_days()
    {
        await using var app = JobsKit.NewApp();
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync(new DateOnly(2026, 12, 8));
        await app.Prosecutor().ActOkAsync(id, "request-information", new { question = "In welke periode precies?" });

        app.SetNow(JobsKit.Start.AddDays(4));
        Assert.Equal("0 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));
        app.SetNow(JobsKit.Start.AddDays(5).AddMinutes(1));
        Assert.Equal("1 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));
        Assert.Equal("0 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));

        var reminder = Assert.Single(await app.Officer().NotificationsAsync(), n => n.GetProperty("kind").GetString() == "reminder.question");
        Assert.Contains("sinds 24 november 2026 onbeantwoord", reminder.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("periode", reminder.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_not_acknowledged_is_reminded_to_the_flagging_prosecutor_only()
    {
        await using var app = JobsKit.NewApp();
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync(new DateOnly(2026, 12, 8));
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Past in een lopend onderzoek." });
        await app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName" } });

        app.SetNow(JobsKit.Start.AddDays(6));
        Assert.Equal("1 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));
        Assert.Single(await app.Reviewer().NotificationsAsync(), n => n.GetProperty("kind").GetString() == "reminder.legal-review");

        await app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 162 Sv." });
        app.SetNow(JobsKit.Start.AddDays(17));
        Assert.Equal("1 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));
        Assert.Equal("0 reminder(s) sent", await app.RunJobAsync(JobNames.Reminders));

        Assert.Single(await app.Prosecutor().NotificationsAsync(), n => n.GetProperty("kind").GetString() == "reminder.acknowledge");
        // Another prosecutor saw the case on the agenda, but neither its release nor the reminder is his.
        var other = await app.Prosecutor("prosecutor-gijs").NotificationsAsync();
        Assert.Contains(other, n => n.GetProperty("kind").GetString() == "case.agenda-frozen");
        Assert.DoesNotContain(other, n => n.GetProperty("kind").GetString() is "reminder.acknowledge" or "case.approve-disclosure");
    }
}
