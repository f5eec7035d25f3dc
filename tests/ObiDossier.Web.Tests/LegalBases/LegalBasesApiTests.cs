using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ObiDossier.Web.Tests.LegalBases;

/// <summary>
/// Nobody alone changes the rules: an admin proposes, a legal reviewer who is not the proposer
/// confirms; nothing takes effect before, nor in the past; every confirmed change is a version.
/// Each test has its own host: they change the registry the others read.
/// </summary>
public sealed class LegalBasesApiTests : IDisposable
{
    private readonly ObiDossierApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime).ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_registry_is_seeded_with_the_bases_that_hold_today_and_the_coming_law_not_in_force()
    {
        var bases = (await (await _app.Prosecutor().GetAsync("/api/v1/legal-bases")).OkJsonAsync()).EnumerateArray().ToList();

        Assert.Equal(["AVG-10-UAVG-22", "AVG-6-1-E", "SV-126ND", "SV-160", "SV-162", "VW-1F-OM"], bases.Select(b => b.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        var coming = bases.Single(b => b.GetProperty("code").GetString() == "VW-1F-OM");
        Assert.Equal(JsonValueKind.Null, coming.GetProperty("validFrom").ValueKind);
        Assert.Equal(1, coming.GetProperty("version").GetInt32());
        var sv162 = bases.Single(b => b.GetProperty("code").GetString() == "SV-162");
        Assert.Contains("criminal", sv162.GetProperty("dataCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["OM"], sv162.GetProperty("recipientOrganisations").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_one_person_change_has_no_effect_until_a_legal_reviewer_confirms_it()
    {
        var admin = _app.Admin();
        var etag = (await admin.GetAsync("/api/v1/legal-bases/VW-1F-OM")).Headers.ETag!.Tag;

        var proposal = await (await PutAsync(admin, "VW-1F-OM", ComingLaw(Today), etag)).OkJsonAsync(HttpStatusCode.Accepted);

        Assert.Equal("pending", proposal.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, (await BasisAsync("VW-1F-OM")).GetProperty("validFrom").ValueKind);

        var confirmed = await (await _app.Reviewer().PostAsJsonAsync(ConfirmPath(proposal), new { motivation = "Staatsblad published." })).OkJsonAsync();

        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(2, confirmed.GetProperty("resultVersion").GetInt32());
        var basis = await BasisAsync("VW-1F-OM");
        Assert.Equal(Today, basis.GetProperty("validFrom").GetString());
        Assert.Equal(2, basis.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Bringing_the_coming_law_into_force_retroactively_is_refused_at_proposal_and_at_confirmation()
    {
        var admin = _app.Admin();
        var etag = (await admin.GetAsync("/api/v1/legal-bases/VW-1F-OM")).Headers.ETag!.Tag;

        var retroactive = await PutAsync(admin, "VW-1F-OM", ComingLaw("2020-01-01"), etag);

        Assert.Equal(HttpStatusCode.BadRequest, retroactive.StatusCode);
        Assert.Contains("valid-from-in-past", (await retroactive.JsonAsync()).Codes());
        Assert.Equal(JsonValueKind.Null, (await BasisAsync("VW-1F-OM")).GetProperty("validFrom").ValueKind);
    }

    [Fact]
    public async Task The_proposer_cannot_confirm_their_own_change_even_as_a_legal_reviewer()
    {
        var admin = _app.Client("frank", ObiDossier.Domain.Roles.Admin);
        var etag = (await admin.GetAsync("/api/v1/legal-bases/VW-1F-OM")).Headers.ETag!.Tag;
        var proposal = await (await PutAsync(admin, "VW-1F-OM", ComingLaw(Today), etag)).OkJsonAsync(HttpStatusCode.Accepted);

        var self = await _app.Client("frank", ObiDossier.Domain.Roles.LegalReviewer).PostAsJsonAsync(ConfirmPath(proposal), new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("four-eyes", (await self.JsonAsync()).Codes());
        Assert.Equal(JsonValueKind.Null, (await BasisAsync("VW-1F-OM")).GetProperty("validFrom").ValueKind);
    }

    [Fact]
    public async Task A_change_without_motivation_or_without_if_match_is_refused()
    {
        var admin = _app.Admin();
        var etag = (await admin.GetAsync("/api/v1/legal-bases/VW-1F-OM")).Headers.ETag!.Tag;

        var noMotivation = await PutAsync(admin, "VW-1F-OM", ComingLaw(Today) with { motivation = null }, etag);
        var noIfMatch = await admin.PutAsJsonAsync("/api/v1/legal-bases/VW-1F-OM", ComingLaw(Today));
        var stale = await PutAsync(admin, "VW-1F-OM", ComingLaw(Today), "\"7\"");

        Assert.Equal(HttpStatusCode.BadRequest, noMotivation.StatusCode);
        Assert.Contains("motivation-required", (await noMotivation.JsonAsync()).Codes());
        Assert.Equal((HttpStatusCode)428, noIfMatch.StatusCode);
        Assert.Equal("application/problem+json", noIfMatch.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task A_rejection_changes_nothing_and_every_confirmed_version_is_kept_with_old_and_new_values_in_the_audit()
    {
        var admin = _app.Admin();
        var reviewer = _app.Reviewer();
        var etag = (await admin.GetAsync("/api/v1/legal-bases/VW-1F-OM")).Headers.ETag!.Tag;
        var first = await (await PutAsync(admin, "VW-1F-OM", ComingLaw(Today), etag)).OkJsonAsync(HttpStatusCode.Accepted);
        var rejected = await reviewer.PostAsJsonAsync($"/api/v1/legal-bases/VW-1F-OM/changes/{first.GetProperty("id").GetGuid()}/actions/reject", new { });
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode); // a rejection needs a motivation
        await (await reviewer.PostAsJsonAsync($"/api/v1/legal-bases/VW-1F-OM/changes/{first.GetProperty("id").GetGuid()}/actions/reject",
            new { motivation = "Not published yet." })).OkJsonAsync();
        Assert.Equal(1, (await BasisAsync("VW-1F-OM")).GetProperty("version").GetInt32());

        var second = await (await PutAsync(admin, "VW-1F-OM", ComingLaw(Today), etag)).OkJsonAsync(HttpStatusCode.Accepted);
        await (await reviewer.PostAsJsonAsync(ConfirmPath(second), new { motivation = "Published." })).OkJsonAsync();

        var detail = await (await _app.Auditor().GetAsync("/api/v1/legal-bases/VW-1F-OM")).OkJsonAsync();
        var versions = detail.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(JsonValueKind.Null, versions[1].GetProperty("values").GetProperty("validFrom").ValueKind);
        Assert.Equal(Today, versions[0].GetProperty("values").GetProperty("validFrom").GetString());
        Assert.Equal(["confirmed", "rejected"], detail.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("status").GetString()));

        var audit = await (await _app.Auditor().GetAsync("/api/v1/audit?actor=reviewer-dirk")).OkJsonAsync();
        var entry = audit.GetProperty("items").EnumerateArray().Last(e => e.GetProperty("action").GetString() == "legal-basis.confirm");
        Assert.Contains($"validFrom: (none) → {Today}", entry.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("VW-1F-OM", entry.GetProperty("legalBasisCode").GetString());
    }

    [Fact]
    public async Task An_admin_proposes_a_new_basis_and_a_duplicate_code_is_a_conflict()
    {
        var basis = new { code = "TEST-ADD", title = "Test basis", article = "Art. 1", validFrom = Today, recipientOrganisations = new[] { "OM" },
            dataCategories = new[] { "identity", "criminal" }, motivation = "A new law." };

        var proposal = await (await _app.Admin().PostAsJsonAsync("/api/v1/legal-bases", basis)).OkJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Admin().GetAsync("/api/v1/legal-bases/TEST-ADD")).StatusCode);
        await (await _app.Reviewer().PostAsJsonAsync(ConfirmPath(proposal), new { })).OkJsonAsync();
        var again = await _app.Admin().PostAsJsonAsync("/api/v1/legal-bases", basis);

        Assert.Equal(1, (await BasisAsync("TEST-ADD")).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_disclosure_keeps_the_version_of_the_basis_it_was_approved_under_after_the_registry_changes()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();
        await _app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation." });
        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName" } });
        await _app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 162 Sv." });

        var etag = (await _app.Admin().GetAsync("/api/v1/legal-bases/SV-162")).Headers.ETag!.Tag;
        var sv162 = await BasisAsync("SV-162");
        var change = await (await PutAsync(_app.Admin(), "SV-162", new Basis(sv162.GetProperty("title").GetString()! + " (gewijzigd)",
            sv162.GetProperty("article").GetString()!, sv162.GetProperty("validFrom").GetString(), ["OM"], ["identity", "identifiers", "criminal"],
            "Title corrected."), etag)).OkJsonAsync(HttpStatusCode.Accepted);
        await (await _app.Client("reviewer-emma", ObiDossier.Domain.Roles.LegalReviewer).PostAsJsonAsync(ConfirmPath(change), new { })).OkJsonAsync();

        Assert.Equal(2, (await BasisAsync("SV-162")).GetProperty("version").GetInt32());
        var view = await (await officer.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Equal(1, view.GetProperty("disclosure").GetProperty("legalBasisVersion").GetInt32());
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
        Assert.Equal(["invalid-category", "invalid-code", "invalid-period", "invalid-recipient", "invalid-title", "motivation-required"],
            (await response.JsonAsync()).Codes().Order(StringComparer.Ordinal));
    }

    private sealed record Basis(string title, string article, string? validFrom, string[] recipientOrganisations, string[] dataCategories, string? motivation);

    private static Basis ComingLaw(string? validFrom) => new("Verstrekking 1F-dossiers aan het OM", "Vreemdelingenwet 2000", validFrom, ["OM"],
        ["identity", "identifiers", "contact", "criminal"], "The amendment enters into force.");

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string code, Basis body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/legal-bases/{code}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    private static string ConfirmPath(JsonElement change) =>
        $"/api/v1/legal-bases/{change.GetProperty("code").GetString()}/changes/{change.GetProperty("id").GetGuid()}/actions/confirm";

    private async Task<JsonElement> BasisAsync(string code) =>
        (await (await _app.Prosecutor().GetAsync($"/api/v1/legal-bases/{code}")).OkJsonAsync()).GetProperty("basis");
}
