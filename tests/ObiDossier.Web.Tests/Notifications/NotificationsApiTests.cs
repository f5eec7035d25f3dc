using System.Net;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Notifications;

/// <summary><c>GET /notifications</c> and <c>POST /notifications/{id}/read</c>: each user's own, read per user.</summary>
public sealed class NotificationsApiTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public NotificationsApiTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task A_notification_exists_only_when_its_transition_committed()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();

        // withdraw notifies OM (the case was on an agenda); refused for want of a motivation, it notifies nobody.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.ActAsync(id, "withdraw")).StatusCode);
        Assert.DoesNotContain(await _app.Prosecutor().NotificationsAsync(), n => n.GetProperty("caseId").GetString() == id.ToString() && n.GetProperty("kind").GetString() == "case.withdraw");

        await officer.ActOkAsync(id, "withdraw", new { motivation = "Dubbel ingevoerd." });
        var withdrawn = Assert.Single(await _app.Prosecutor().NotificationsAsync(), n => n.GetProperty("caseId").GetString() == id.ToString() && n.GetProperty("kind").GetString() == "case.withdraw");
        Assert.Equal("case.withdraw", withdrawn.GetProperty("kind").GetString());
        Assert.EndsWith("is door de IND ingetrokken.", withdrawn.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_user_sees_their_own_newest_first_and_marks_them_read_for_themselves()
    {
        var officer = _app.Officer();
        var first = await officer.CreateCaseAsync();
        var second = await officer.CreateCaseAsync();
        await officer.ActOkAsync(first, "submit");
        await officer.ActOkAsync(second, "submit");

        var mine = await officer.NotificationsAsync(unread: true);
        var ours = mine.Where(n => n.GetProperty("caseId").GetString() is { } c && (c == first.ToString() || c == second.ToString())).ToList();
        Assert.Equal([second.ToString(), first.ToString()], ours.Select(n => n.GetProperty("caseId").GetString()));
        Assert.DoesNotContain(await _app.Prosecutor().NotificationsAsync(), n => n.GetProperty("caseId").GetString() == first.ToString());

        var notification = ours[1].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Prosecutor().PostAsync($"/api/v1/notifications/{notification}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/notifications/{notification}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/notifications/{notification}/read", null)).StatusCode);

        Assert.DoesNotContain(await officer.NotificationsAsync(unread: true), n => n.GetProperty("id").GetString() == notification);
        Assert.True(Assert.Single(await officer.NotificationsAsync(), n => n.GetProperty("id").GetString() == notification).GetProperty("read").GetBoolean());
        // Sent to the role: a colleague has not read it yet.
        Assert.Contains(await _app.SecondOfficer().NotificationsAsync(unread: true), n => n.GetProperty("id").GetString() == notification);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().GetAsync("/api/v1/notifications")).StatusCode);
    }
}
