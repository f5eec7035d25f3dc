using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>A cookie-keeping client that signs in through the development login page, as a browser would.</summary>
internal static partial class UiClient
{
    public static HttpClient Browser(this ObiDossierApplication app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(this ObiDossierApplication app, string user)
    {
        var client = app.Browser();
        var token = await TokenAsync(client, "/login");
        var response = await client.PostAsync("/login", Form(("user", user), ("__af", token)));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        return AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
