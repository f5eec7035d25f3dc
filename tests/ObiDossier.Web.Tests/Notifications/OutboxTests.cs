using ObiDossier.Web.Jobs;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Notifications;

/// <summary>The outbox mails committed notifications through a real SMTP conversation.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task A_notification_arrives_by_mail_once_and_carries_no_personal_data()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = JobsKit.NewApp();
        app.Settings["ObiDossier:Mail:Enabled"] = "true";
        app.Settings["ObiDossier:Mail:Host"] = "127.0.0.1";
        app.Settings["ObiDossier:Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["ObiDossier:Mail:Security"] = "None";
        app.Settings["ObiDossier:Mail:Recipients:ind-officer"] = "1f-unit@ind.example; backup@ind.example";
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync();
        var reference = (await (await officer.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync()).GetProperty("reference").GetString()!;

        await officer.ActOkAsync(id, "submit");
        Assert.Equal("1 mailed, 0 without address, 0 failed", await app.RunJobAsync(JobNames.Outbox));
        Assert.Equal("0 mailed, 0 without address, 0 failed", await app.RunJobAsync(JobNames.Outbox));

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(["1f-unit@ind.example", "backup@ind.example"], mail.To);
        Assert.Contains(reference, mail.Data, StringComparison.Ordinal);
        Assert.Contains("wacht op de controle van de anonimisering", mail.Data, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Markers(), m => mail.Data.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_mail_off_notifications_stay_in_the_app_only()
    {
        await using var app = JobsKit.NewApp();
        var id = await app.Officer().CreateCaseAsync();
        await app.Officer().ActOkAsync(id, "submit");

        Assert.Equal("mail is off: 1 notification(s) kept in the app only", await app.RunJobAsync(JobNames.Outbox));
        Assert.Single(await app.Officer().NotificationsAsync(), n => n.GetProperty("caseId").GetString() == id.ToString());
    }
}
