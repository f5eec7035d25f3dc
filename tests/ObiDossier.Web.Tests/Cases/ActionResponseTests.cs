namespace ObiDossier.Web.Tests.Cases;

public sealed class ActionResponseTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public ActionResponseTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task A_fired_trigger_answers_the_new_state_and_version_and_the_view_only_when_asked()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();

        var plain = await (await officer.ActAsync(id, "submit")).OkJsonAsync();
        var response = await _app.SecondOfficer().PostAsync($"/api/v1/cases/{id}/actions/reject-anonymisation?include=case",
            System.Net.Http.Json.JsonContent.Create(new { motivation = "Too specific." }));
        var withView = await response.OkJsonAsync();

        Assert.Equal("AnonymisationReview", plain.GetProperty("state").GetString());
        Assert.Equal(2, plain.GetProperty("version").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plain.GetProperty("case").ValueKind);
        Assert.Equal("\"3\"", response.Headers.ETag!.Tag);
        Assert.Equal("Draft", withView.GetProperty("case").GetProperty("state").GetString());
        Assert.Contains("submit", withView.GetProperty("case").Triggers());
    }
}
