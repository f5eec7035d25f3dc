using System.Text.RegularExpressions;

namespace ObiDossier.Web.UiTests;

/// <summary>The Dutch error pages in the browser: the status code kept, the trace id shown, accessible.</summary>
public sealed partial class ErrorPagesUiTests(UiHost host) : IClassFixture<UiHost>
{
    [Fact]
    public async Task An_unknown_case_shows_the_dutch_404_page_with_a_trace_id_and_passes_axe()
    {
        var anna = await host.SignInAsync("officer-anna");

        var response = await anna.Page.GotoAsync($"/zaken/{Guid.NewGuid()}");

        Assert.Equal(404, response?.Status);
        ExpectOnlyTheDocumentsOwnStatus(anna, 404);
        await anna.CheckAsync("error-404");
        Assert.Equal("Pagina niet gevonden", await anna.Page.Locator("h1").InnerTextAsync());
        Assert.Matches(TraceId(), await anna.Page.GetByTestId("trace-id").InnerTextAsync());
    }

    [Theory]
    [InlineData(400, "Dit verzoek kan niet worden verwerkt")]
    [InlineData(403, "Geen toegang")]
    [InlineData(410, "Niet meer beschikbaar")]
    [InlineData(500, "Er ging iets mis")]
    public async Task Each_error_page_is_dutch_and_passes_axe(int code, string title)
    {
        var anna = await host.SignInAsync("officer-anna");

        var response = await anna.Page.GotoAsync($"/fout/{code}");

        Assert.Equal(code, response?.Status);
        ExpectOnlyTheDocumentsOwnStatus(anna, code);
        await anna.CheckAsync($"error-{code}");
        Assert.Equal(title, await anna.Page.Locator("h1").InnerTextAsync());
        Assert.Matches(TraceId(), await anna.Page.GetByTestId("trace-id").InnerTextAsync());
    }

    /// <summary>Chromium reports the page's own error status on the console; anything else stays an error.</summary>
    private static void ExpectOnlyTheDocumentsOwnStatus(UiUser user, int code) =>
        user.ConsoleErrors.RemoveAll(e => e.StartsWith($"Failed to load resource: the server responded with a status of {code} ", StringComparison.Ordinal));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();
}
