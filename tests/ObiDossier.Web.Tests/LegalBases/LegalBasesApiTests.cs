using System.Net;
using System.Net.Http.Json;

namespace ObiDossier.Web.Tests.LegalBases;

/// <summary>Each test has its own host: they change the registry the others read.</summary>
public sealed class LegalBasesApiTests : IDisposable
{
    private readonly ObiDossierApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_registry_is_seeded_with_the_bases_that_hold_today_and_the_coming_law_not_in_force()
    {
        var bases = (await (await _app.Prosecutor().GetAsync("/api/v1/legal-bases")).OkJsonAsync()).EnumerateArray().ToList();

        Assert.Equal(["AVG-10-UAVG-22", "AVG-6-1-E", "SV-160", "SV-162", "VW-1F-OM"], bases.Select(b => b.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        var coming = bases.Single(b => b.GetProperty("code").GetString() == "VW-1F-OM");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, coming.GetProperty("validFrom").ValueKind);
        var sv162 = bases.Single(b => b.GetProperty("code").GetString() == "SV-162");
        Assert.Contains("criminal", sv162.GetProperty("dataCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["OM"], sv162.GetProperty("recipientOrganisations").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task An_admin_adds_a_basis_and_a_duplicate_code_is_a_conflict()
    {
        var basis = new { code = "TEST-ADD", title = "Test basis", article = "Art. 1", validFrom = "2020-01-01", recipientOrganisations = new[] { "OM" }, dataCategories = new[] { "identity", "criminal" } };

        await (await _app.Admin().PostAsJsonAsync("/api/v1/legal-bases", basis)).OkJsonAsync(HttpStatusCode.Created);
        var again = await _app.Admin().PostAsJsonAsync("/api/v1/legal-bases", basis);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Bringing_the_coming_law_into_force_makes_approval_on_it_possible_from_that_day()
    {
        var admin = _app.Admin();
        var bases = (await (await admin.GetAsync("/api/v1/legal-bases")).OkJsonAsync()).EnumerateArray();
        var coming = bases.Single(b => b.GetProperty("code").GetString() == "VW-1F-OM");

        var updated = await (await admin.PutAsJsonAsync("/api/v1/legal-bases/VW-1F-OM", new
        {
            title = coming.GetProperty("title").GetString(), article = coming.GetProperty("article").GetString(),
            description = coming.GetProperty("description").GetString(), validFrom = "2026-01-01",
            recipientOrganisations = new[] { "OM" }, dataCategories = new[] { "identity", "identifiers", "contact", "criminal" },
        })).OkJsonAsync();
        Assert.Equal("2026-01-01", updated.GetProperty("validFrom").GetString());

        var audit = await (await _app.Auditor().GetAsync("/api/v1/audit?actor=admin-frank")).OkJsonAsync();
        var entry = audit.GetProperty("items").EnumerateArray().Last(e => e.GetProperty("action").GetString() == "legal-basis.update");
        Assert.Contains("validFrom", entry.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Invalid_bases_are_refused_with_every_problem()
    {
        var response = await _app.Admin().PostAsJsonAsync("/api/v1/legal-bases", new
        {
            code = "bad code!", title = "", article = "x", validFrom = "2030-01-01", validTo = "2020-01-01",
            recipientOrganisations = new[] { "FBI" }, dataCategories = new[] { "shoe-size" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["invalid-category", "invalid-code", "invalid-period", "invalid-recipient", "invalid-title"], (await response.JsonAsync()).Codes().Order(StringComparer.Ordinal));
    }
}
