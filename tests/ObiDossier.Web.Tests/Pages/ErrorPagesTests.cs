using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>
/// UI requests that fail get a Dutch page with the trace id to quote to support, with the status
/// code kept; the API keeps answering problem details.
/// </summary>
public sealed partial class ErrorPagesTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public async Task An_unknown_case_in_the_ui_is_a_dutch_404_page_with_the_trace_id()
    {
        var browser = await app.SignedInAsync("officer-anna");

        var response = await browser.GetAsync($"/zaken/{Guid.NewGuid()}");

        await AssertDutchPageAsync(response, HttpStatusCode.NotFound, "Pagina niet gevonden");
    }

    [Fact]
    public async Task The_same_miss_in_the_api_is_still_problem_details()
    {
        var response = await app.Officer().GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Officer().GetAsync("/api/v1/no-such-route")).StatusCode);
        Assert.Equal("application/problem+json", (await app.Officer().GetAsync("/api/v1/no-such-route")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_a_dutch_400_page_and_changes_nothing()
    {
        var browser = await app.SignedInAsync("officer-anna");

        var response = await browser.PostAsync("/zaken/nieuw", UiClient.Form(("Form.Title", "Posted without a token")));

        await AssertDutchPageAsync(response, HttpStatusCode.BadRequest, "Dit verzoek kan niet worden verwerkt");
    }

    [Theory]
    [InlineData(400, "Dit verzoek kan niet worden verwerkt")]
    [InlineData(403, "Geen toegang")]
    [InlineData(404, "Pagina niet gevonden")]
    [InlineData(410, "Niet meer beschikbaar")]
    [InlineData(500, "Er ging iets mis")]
    public async Task Each_error_page_explains_its_code_in_dutch(int code, string title)
    {
        var response = await app.Browser().GetAsync($"/fout/{code}");

        await AssertDutchPageAsync(response, (HttpStatusCode)code, title);
    }

    [Fact]
    public async Task An_exception_on_a_page_is_a_dutch_500_page_that_names_neither_the_exception_nor_the_input()
    {
        using var failing = new FailingApplication();
        var browser = await failing.SignedInAsync("officer-anna");

        var response = await browser.GetAsync("/?filter=Zqsecretinput");

        var html = await AssertDutchPageAsync(response, HttpStatusCode.InternalServerError, "Er ging iets mis");
        Assert.DoesNotContain(FailingApplication.Message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Zqsecretinput", html, StringComparison.Ordinal);
    }

    private static async Task<string> AssertDutchPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains($">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Matches(TraceId(), html);
        return html;
    }

    [GeneratedRegex("data-testid=\"trace-id\">[0-9a-f]{32}</code>")]
    private static partial Regex TraceId();

    /// <summary>A host whose home page fails: its query service cannot be made.</summary>
    private sealed class FailingApplication : ObiDossierApplication
    {
        public const string Message = "Zqexceptiontext: the work queries failed.";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddScoped<WorkQueries>(_ => throw new InvalidOperationException(Message)));
        }
    }
}
