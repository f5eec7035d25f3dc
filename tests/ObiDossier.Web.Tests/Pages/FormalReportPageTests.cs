using System.Net;
using ObiDossier.Web.Tests.FormalReports;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>The released-data page offers the recipient the formal report; the browser route keeps the API's rules.</summary>
public sealed class FormalReportPageTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public async Task The_recipient_downloads_the_report_from_the_released_data_page_under_their_own_name()
    {
        var id = await app.ReleasedCaseAsync();
        var carla = await app.SignedInAsync("prosecutor-carla");

        var page = await (await carla.GetAsync($"/zaken/{id}/vrijgegeven")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/zaken/{id}/proces-verbaal\"", page, StringComparison.Ordinal);
        Assert.Contains("Proces-verbaal downloaden (PDF)", page, StringComparison.Ordinal);

        var response = await carla.GetAsync($"/zaken/{id}/proces-verbaal");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var pages = FormalReportKit.PageTexts(await response.Content.ReadAsByteArrayAsync());
        Assert.All(pages, p => Assert.Contains("Carla Bakker", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_prosecutor_finds_no_report_and_the_owning_officer_gets_no_button_and_is_refused()
    {
        var id = await app.ReleasedCaseAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync("prosecutor-gijs")).GetAsync($"/zaken/{id}/proces-verbaal")).StatusCode);
        var anna = await app.SignedInAsync("officer-anna");
        Assert.DoesNotContain("proces-verbaal", await (await anna.GetAsync($"/zaken/{id}/vrijgegeven")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await anna.GetAsync($"/zaken/{id}/proces-verbaal");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/geen-toegang", refused.Headers.Location?.AbsolutePath);
    }
}
