using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace ObiDossier.Web.Tests.Security;

/// <summary>
/// Bad input is the caller's fault in every environment: Development (where minimal APIs throw on a
/// body that does not bind) answers the same problem details as Production.
/// </summary>
public sealed class BadInputTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public BadInputTests(ObiDossierApplication app) => _app = app;

    public static TheoryData<string, string, string, int> Cases() => new()
    {
        { "POST", "/api/v1/cases", "{", 400 },
        { "POST", "/api/v1/cases", "{\"summary\":{\"title\":\"t\"},\"personalData\":{\"fullName\":\"n\"},\"unknownMember\":1}", 400 },
        { "POST", "/api/v1/cases", "{\"summary\":{\"title\":5}}", 400 },
        { "POST", "/api/v1/sessions", "{\"date\":\"not-a-date\"}", 400 },
        { "POST", "/api/v1/legal-bases", "[1,2]", 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Malformed_json_or_an_unknown_member_answers_400_problem_details_in_development(string method, string path, string body, int status)
    {
        var client = path.Contains("cases", StringComparison.Ordinal) ? _app.Officer() : _app.Admin();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request);

        Assert.Equal(Environments.Development, _app.Services.GetService(typeof(IWebHostEnvironment)) is IWebHostEnvironment e ? e.EnvironmentName : null);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_another_media_type_answers_415_problem_details()
    {
        var response = await _app.Officer().PostAsync("/api/v1/cases", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413_problem_details()
    {
        var response = await _app.Officer().PostAsync("/api/v1/cases",
            new StringContent("{\"summary\":{\"title\":\"" + new string('x', 1_100_000) + "\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
