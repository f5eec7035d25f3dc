using System.Net;

namespace ObiDossier.Web.Tests.Hosting;

public sealed class PublicRoutesTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public PublicRoutesTests(ObiDossierApplication app) => _app = app;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api-reference")]
    public async Task Health_openapi_and_the_reference_page_need_no_token(string path)
    {
        var response = await _app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_case_routes()
    {
        var document = await (await _app.Anonymous().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("/api/v1/cases/{id}/actions/{trigger}", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/processing-log", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var other = new ObiDossierApplication();
        var foreign = other.Officer();

        var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = foreign.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/cases")).StatusCode);
    }
}
