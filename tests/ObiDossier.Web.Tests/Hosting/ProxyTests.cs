namespace ObiDossier.Web.Tests.Hosting;

/// <summary>Behind a TLS proxy: HSTS and forwarded headers, each only when configured.</summary>
public sealed class ProxyTests
{
    [Fact]
    public async Task With_hsts_and_forwarded_headers_on_a_request_forwarded_as_https_gets_strict_transport_security()
    {
        using var app = new ObiDossierApplication();
        app.Settings["ObiDossier:Http:Hsts"] = "true";
        app.Settings["ObiDossier:Http:HstsMaxAgeDays"] = "30";
        app.Settings["ObiDossier:Http:ForwardedHeaders"] = "true";
        var client = app.Anonymous();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "obidossier.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);

        Assert.Equal("max-age=2592000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task By_default_no_strict_transport_security_and_forwarded_headers_are_ignored()
    {
        using var app = new ObiDossierApplication();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "obidossier.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await app.Anonymous().SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
