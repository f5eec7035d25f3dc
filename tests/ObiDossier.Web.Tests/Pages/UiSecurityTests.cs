using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>The UI's protections that a browser test cannot see: headers, cookies, antiforgery, scheme separation.</summary>
public sealed class UiSecurityTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public UiSecurityTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script_and_the_security_headers()
    {
        var response = await _app.Browser().GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var client = _app.Browser();
        await client.GetAsync("/login"); // gets the antiforgery cookie, but the form field is missing below

        var response = await client.PostAsync("/login", UiClient.Form(("user", "officer-anna")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__obidossier=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_in_form_post_with_a_forged_token_changes_nothing()
    {
        var officer = await _app.SignedInAsync("officer-anna");

        var response = await officer.PostAsync("/zaken/nieuw", UiClient.Form(("__af", "forged"), ("Summary.Title", "Forged case")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await (await officer.GetAsync("/zaken")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Forged case", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        var client = _app.Browser();
        var token = await UiClient.TokenAsync(client, "/login");

        var response = await client.PostAsync("/login", UiClient.Form(("user", "auditor-eva"), ("__af", token)));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__obidossier=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_page_sends_an_anonymous_visitor_to_the_login_page_while_the_api_answers_401()
    {
        var page = await _app.Browser().GetAsync("/zaken");
        var api = await _app.Browser().GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task The_ui_cookie_does_not_authenticate_the_api()
    {
        var officer = await _app.SignedInAsync("officer-anna");

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task A_role_without_access_to_a_page_is_denied()
    {
        var prosecutor = await _app.SignedInAsync("prosecutor-carla");

        var response = await prosecutor.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_development_auth_the_ui_signs_in_with_openid_connect_and_with_it_only_with_the_cookie()
    {
        using var production = _app.WithWebHostBuilder(b => b
            .UseSetting("ObiDossier:Auth:Development", "false")
            .UseSetting("ObiDossier:Auth:Authority", "https://login.example.invalid/realms/obidossier"));
        var schemes = production.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();

        Assert.NotNull(await schemes.GetSchemeAsync("OpenIdConnect"));
        Assert.NotNull(await _app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>().GetSchemeAsync("Cookies"));
        Assert.Null(await _app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>().GetSchemeAsync("OpenIdConnect"));
    }

    [Theory]
    [InlineData("officer-anna", "/")]
    [InlineData("officer-anna", "/zaken/nieuw")]
    [InlineData("admin-frank", "/zittingen")]
    [InlineData("admin-frank", "/register")]
    [InlineData("auditor-eva", "/audit")]
    public async Task Every_post_form_carries_an_antiforgery_token(string user, string page)
    {
        var client = await _app.SignedInAsync(user);

        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();

        var forms = System.Text.RegularExpressions.Regex.Split(html, "<form ").Skip(1).Where(f => f.StartsWith("method=\"post\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("name=\"__af\"", f[..f.IndexOf("</form>", StringComparison.Ordinal)], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _app.SignedInAsync("officer-bram");
        var token = await UiClient.TokenAsync(client, "/");

        var response = await client.PostAsync("/logout", UiClient.Form(("__af", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/zaken")).StatusCode);
    }
}
