using System.Net;
using System.Net.Http.Json;

namespace ObiDossier.Web.Tests.Anonymisation;

public sealed class ScanApiTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public ScanApiTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task Scan_finds_structured_identifiers_as_places_not_values()
    {
        const string text = "Contact via j.de.vries@example.nl of 06-12345678; BSN 111222333.";

        var result = await (await _app.Officer().PostAsJsonAsync("/api/v1/anonymisation/scan", new { text })).OkJsonAsync();

        var findings = result.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "email");
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "phone");
        Assert.All(findings, f => Assert.Equal(["kind", "start", "length"], f.EnumerateObject().Select(p => p.Name)));
        var email = findings.First(f => f.GetProperty("kind").GetString() == "email");
        Assert.Equal("j.de.vries@example.nl", text.Substring(email.GetProperty("start").GetInt32(), email.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Scan_with_a_case_finds_that_case_s_own_vault_values_and_logs_the_processing()
    {
        var id = await _app.Officer().CreateCaseAsync();
        const string text = "Commander Vortmann was seen in Qzxville in 1995.";

        var without = await (await _app.Officer().PostAsJsonAsync("/api/v1/anonymisation/scan", new { text })).OkJsonAsync();
        var with = await (await _app.Officer().PostAsJsonAsync("/api/v1/anonymisation/scan", new { text, caseId = id })).OkJsonAsync();

        Assert.DoesNotContain(without.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "vault-value");
        Assert.True(with.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("kind").GetString() == "vault-value") >= 2);
        var log = await (await _app.Auditor().GetAsync($"/api/v1/processing-log?caseId={id}&processingActivityId=obidossier-anonymisation-check")).OkJsonAsync();
        Assert.NotEmpty(log.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Scan_needs_text_and_a_visible_case()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Officer().PostAsJsonAsync("/api/v1/anonymisation/scan", new { caseId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Officer().PostAsJsonAsync("/api/v1/anonymisation/scan", new { text = "x", caseId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Prosecutor().PostAsJsonAsync("/api/v1/anonymisation/scan", new { text = "x" })).StatusCode);
    }
}
