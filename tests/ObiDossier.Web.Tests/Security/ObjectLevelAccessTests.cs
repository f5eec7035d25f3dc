using System.Net;
using System.Net.Http.Json;

namespace ObiDossier.Web.Tests.Security;

/// <summary>
/// Object-level access for every route with an id: an id that belongs to a case the caller may not
/// see (a draft for OM, a case another prosecutor flagged) gets the same answer as an id that does not exist.
/// </summary>
public sealed class ObjectLevelAccessTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public ObjectLevelAccessTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task A_draft_does_not_exist_for_a_prosecutor_on_any_case_route()
    {
        var id = await _app.Officer().CreateCaseAsync();
        var prosecutor = _app.Prosecutor();

        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.GetAsync($"/api/v1/cases/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.ActAsync(id, "flag-interest", new { motivation = "x" })).StatusCode);
        var list = await (await prosecutor.GetAsync("/api/v1/cases?state=Draft")).OkJsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Another_prosecutors_release_is_not_mine_to_read_or_acknowledge()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();
        await _app.Prosecutor("p-owner").ActOkAsync(id, "flag-interest", new { motivation = "Ours." });
        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName" } });
        await _app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Holds." });
        var stranger = _app.Prosecutor("p-stranger");

        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        var acknowledge = await stranger.ActAsync(id, "acknowledge-receipt");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, acknowledge.StatusCode);
        Assert.Contains("not-a-recipient", (await acknowledge.JsonAsync()).Codes());
        Assert.Equal(HttpStatusCode.OK, (await _app.Prosecutor("p-owner").GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_id_and_an_invisible_id_get_the_same_answer()
    {
        var draft = await _app.Officer().CreateCaseAsync();
        var prosecutor = _app.Prosecutor();

        var invisible = await prosecutor.GetAsync($"/api/v1/cases/{draft}");
        var unknown = await prosecutor.GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(unknown.StatusCode, invisible.StatusCode);
        Assert.Equal((await unknown.JsonAsync()).GetProperty("title").GetString(), (await invisible.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_session_id_can_only_be_moved_by_an_admin()
    {
        var session = await (await _app.Admin().PostAsJsonAsync("/api/v1/sessions", new { date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(4000) })).OkJsonAsync(HttpStatusCode.Created);
        var id = session.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Officer().PostAsync($"/api/v1/sessions/{id}/actions/freeze-agenda", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Prosecutor().PostAsync($"/api/v1/sessions/{id}/actions/open", null)).StatusCode);
        Assert.Equal("Scheduled", (await (await _app.Officer().GetAsync($"/api/v1/sessions/{id}")).OkJsonAsync()).GetProperty("state").GetString());
    }
}
