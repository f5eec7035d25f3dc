using System.Net;

namespace ObiDossier.Web.Tests.Pages;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429_problem_details()
    {
        using var app = new ObiDossierApplication();
        app.Settings["ObiDossier:Auth:SignInAttemptsPerMinute"] = "3";
        var client = app.Browser();
        var token = await UiClient.TokenAsync(client, "/login");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/login", UiClient.Form(("user", "no-such-user"), ("__af", token)))).StatusCode);
        var limited = await client.PostAsync("/login", UiClient.Form(("user", "officer-anna"), ("__af", token)));

        Assert.Equal(3, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }
}
