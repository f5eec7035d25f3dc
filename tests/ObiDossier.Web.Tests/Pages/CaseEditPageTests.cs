using System.Net;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>The edit form reads personal data, so it is shown only where it can be saved, and that read is logged.</summary>
public sealed class CaseEditPageTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public CaseEditPageTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task Opening_the_edit_form_of_a_draft_shows_its_personal_data_and_logs_the_read()
    {
        var id = await _app.Officer().CreateCaseAsync();
        var ui = await _app.SignedInAsync("officer-anna");

        var html = await (await ui.GetAsync($"/zaken/{id}/bewerken")).Content.ReadAsStringAsync();

        Assert.Contains("Arvid Qzxellington Vortmann", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Qzx", html[..html.IndexOf("</title>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal(1, await ReadsAsync(id));
    }

    [Fact]
    public async Task Opening_the_edit_form_of_a_submitted_case_reads_no_personal_data()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        var ui = await _app.SignedInAsync("officer-anna");

        var response = await ui.GetAsync($"/zaken/{id}/bewerken");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/zaken/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await ReadsAsync(id));
    }

    private async Task<int> ReadsAsync(Guid id)
    {
        var audit = await (await _app.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        return audit.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "case.personal-data.read");
    }
}
