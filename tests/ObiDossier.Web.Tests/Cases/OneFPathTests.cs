using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Cases;

/// <summary>The 1F path on the embedded default, SQLite.</summary>
public sealed class SqliteOneFPathTests(ObiDossierApplication app) : OneFPathTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same path on PostgreSQL, the server the suite runs against on CI.</summary>
[RunsOnPostgres]
public sealed class PostgresOneFPathTests(PostgresApplication app) : OneFPathTests(app), IClassFixture<PostgresApplication>;

/// <summary>The whole 1F path over HTTP, with every refusal a client relies on, on each database.</summary>
public abstract class OneFPathTests
{
    private readonly ObiDossierApplication _app;

    protected OneFPathTests(ObiDossierApplication app) => _app = app;

    [DatabaseFact]
    public async Task The_whole_path_releases_exactly_the_chosen_fields_to_the_flagging_prosecutor()
    {
        var officer = _app.Officer();
        var second = _app.SecondOfficer();
        var prosecutor = _app.Prosecutor();
        var other = _app.Prosecutor("prosecutor-gijs");
        var reviewer = _app.Reviewer();
        var id = await officer.CreateCaseAsync();

        // A draft is invisible to OM.
        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.GetAsync($"/api/v1/cases/{id}")).StatusCode);

        await officer.ActOkAsync(id, "submit");
        var selfApproval = await officer.ActAsync(id, "approve-anonymisation");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfApproval.StatusCode);
        Assert.Contains("four-eyes-anonymisation", (await selfApproval.JsonAsync()).Codes());
        Assert.Equal("Queued", (await second.ActOkAsync(id, "approve-anonymisation")).GetProperty("state").GetString());

        var sessionId = await _app.Admin().FreezeNextSessionAsync();
        var session = await (await prosecutor.GetAsync($"/api/v1/sessions/{sessionId}")).OkJsonAsync();
        Assert.Contains(id, session.GetProperty("agenda").EnumerateArray().Select(e => e.GetGuid()));

        var view = await (await prosecutor.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Equal("OnAgenda", view.GetProperty("state").GetString());
        Assert.Contains("flag-interest", view.Triggers());
        Assert.DoesNotContain(TestData.Markers(), m => view.GetRawText().Contains(m, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, (await prosecutor.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);

        var noMotivation = await prosecutor.ActAsync(id, "flag-interest");
        Assert.Equal(HttpStatusCode.BadRequest, noMotivation.StatusCode);
        Assert.Contains("input-required", (await noMotivation.JsonAsync()).Codes());
        await prosecutor.ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation into the facility." });

        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber" }, motivation = "Aangifte art. 162 Sv." });
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.ActAsync(id, "approve-disclosure", new { motivation = "Mine." })).StatusCode);
        var released = await reviewer.ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 162 Sv covers identity and identifiers for OM." });
        Assert.Equal("Released", released.GetProperty("state").GetString());

        var data = await (await prosecutor.GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        Assert.Equal(["fullName", "vNumber"], data.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Arvid Qzxellington Vortmann", data.GetProperty("fullName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);

        Assert.Equal("Closed", (await prosecutor.ActOkAsync(id, "acknowledge-receipt")).GetProperty("state").GetString());

        var history = await (await officer.GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync();
        Assert.Equal(
            ["submit", "approve-anonymisation", "agenda-frozen", "flag-interest", "draft-report", "approve-disclosure", "acknowledge-receipt"],
            history.EnumerateArray().Select(h => h.GetProperty("trigger").GetString()));

        var audit = await (await _app.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "case.trigger.approve-anonymisation" && e.GetProperty("outcome").GetString() == "refused");
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "case.trigger.flag-interest" && e.GetProperty("outcome").GetString() == "refused" && e.GetProperty("statusCode").GetInt32() == 400);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "case.personal-data.read" && e.GetProperty("outcome").GetString() == "succeeded"
                                      && e.GetProperty("legalBasisCode").GetString() == "SV-162");
        Assert.DoesNotContain(TestData.Markers(), m => audit.GetRawText().Contains(m, StringComparison.OrdinalIgnoreCase));

        var verify = await (await _app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());

        var log = await (await _app.Auditor().GetAsync($"/api/v1/processing-log?caseId={id}")).OkJsonAsync();
        var read = Assert.Single(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("name").GetString() == "personal-data.read" && r.GetProperty("actorId").GetString() == "prosecutor-carla");
        Assert.Equal("SV-162", read.GetProperty("legalBasisCode").GetString());
        Assert.Equal("vreemdelingennummer", read.GetProperty("dataSubjectType").GetString());
        Assert.DoesNotContain("3019283746", log.GetRawText(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Approval_on_a_basis_not_yet_in_force_is_refused_with_every_unmet_condition()
    {
        var (id, _) = await CaseWithInterestAsync();
        await _app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "VW-1F-OM", releasedFields = new[] { "fullName", "address" } });

        var response = await _app.Reviewer().ActAsync(id, "approve-disclosure", new { motivation = "The new law." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("legal-basis-not-in-force", (await response.JsonAsync()).Codes());
        Assert.Equal("LegalReview", await _app.Officer().StateAsync(id));
        var audit = await (await _app.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        var refused = audit.GetProperty("items").EnumerateArray().Last(e => e.GetProperty("action").GetString() == "case.trigger.approve-disclosure");
        Assert.Equal("refused", refused.GetProperty("outcome").GetString());
        Assert.Equal(422, refused.GetProperty("statusCode").GetInt32());
        Assert.Contains("legal-basis-not-in-force", refused.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [DatabaseTheory]
    [InlineData("AVG-6-1-E", "criminal-category-not-covered")]
    [InlineData("AVG-10-UAVG-22", "recipient-not-allowed")]
    [InlineData("NO-SUCH-BASIS", "legal-basis-unknown")]
    public async Task Approval_on_a_basis_that_does_not_hold_is_refused(string basis, string condition)
    {
        var (id, _) = await CaseWithInterestAsync();
        await _app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = basis, releasedFields = new[] { "fullName" } });

        var response = await _app.Reviewer().ActAsync(id, "approve-disclosure", new { motivation = "Try." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(condition, (await response.JsonAsync()).Codes());
    }

    [DatabaseFact]
    public async Task The_reviewer_who_drafted_cannot_approve_and_a_rejection_returns_the_case_for_a_new_draft()
    {
        var (id, _) = await CaseWithInterestAsync();
        await _app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "aliases", "address" } });

        var rejected = await _app.Reviewer().ActOkAsync(id, "reject-disclosure", new { motivation = "The address is not needed." });

        Assert.Equal("InterestFlagged", rejected.GetProperty("state").GetString());
        Assert.Contains("draft-report", (await (await _app.Officer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync()).Triggers());
    }

    [DatabaseFact]
    public async Task The_view_explains_why_approval_is_blocked()
    {
        var (id, _) = await CaseWithInterestAsync();
        await _app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "AVG-6-1-E", releasedFields = new[] { "fullName" } });

        var view = await (await _app.Reviewer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();

        Assert.Contains("reject-disclosure", view.Triggers());
        var blocked = Assert.Single(view.GetProperty("blockedActions").EnumerateArray());
        Assert.Equal("approve-disclosure", blocked.GetProperty("trigger").GetString());
        Assert.Contains("criminal-category-not-covered", blocked.GetProperty("unmetConditions").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [DatabaseFact]
    public async Task Malformed_json_is_a_bad_request_with_problem_details_and_changes_nothing()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();

        var create = await officer.PostAsync("/api/v1/cases", new StringContent("{ \"summary\": ", System.Text.Encoding.UTF8, "application/json"));
        var act = await officer.PostAsync($"/api/v1/cases/{id}/actions/submit", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await officer.PostAsync("/api/v1/cases", new StringContent("{ \"summary\": 5 }", System.Text.Encoding.UTF8, "application/json"));

        foreach (var response in new[] { create, act, wrongType })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal("Draft", await officer.StateAsync(id));
    }

    [DatabaseFact]
    public async Task A_stale_if_match_is_a_conflict()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        var first = await officer.GetAsync($"/api/v1/cases/{id}");
        var etag = first.Headers.ETag!.Tag;
        var withoutIfMatch = await officer.PutAsJsonAsync($"/api/v1/cases/{id}", new { summary = new { title = "Renamed draft" } });
        Assert.Equal((HttpStatusCode)428, withoutIfMatch.StatusCode);
        Assert.Equal("application/problem+json", withoutIfMatch.Content.Headers.ContentType?.MediaType);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(new { summary = new { title = "Renamed draft" } }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await officer.SendAsync(put)).OkJsonAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Draft", await officer.StateAsync(id));
    }

    [DatabaseFact]
    public async Task A_trigger_not_possible_in_the_current_state_is_a_conflict()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();

        var response = await officer.ActAsync(id, "close");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not-permitted-in-state", (await response.JsonAsync()).Codes());
    }

    [DatabaseFact]
    public async Task A_summary_naming_the_person_cannot_be_submitted_even_with_an_override()
    {
        var officer = _app.Officer();
        var summary = new { title = "Case of Arvid Vortmann", narrative = "Born 14 maart 1961 in Qzxville." };
        var id = await officer.CreateCaseAsync(summary: summary);

        var refused = await officer.ActAsync(id, "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Contains("anonymisation-vault-value", problem.Codes());
        Assert.DoesNotContain("Vortmann", problem.GetRawText(), StringComparison.Ordinal);

        var overridden = await officer.ActAsync(id, "submit", new { overrideMotivation = "ok" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overridden.StatusCode);
        Assert.Contains("anonymisation-vault-value", (await overridden.JsonAsync()).Codes());
        Assert.Equal("Draft", await officer.StateAsync(id));
    }

    [DatabaseFact]
    public async Task A_heuristic_finding_can_be_overridden_with_a_motivation_the_second_officer_sees()
    {
        var officer = _app.Officer();
        var summary = new { title = "Former commander", narrative = "Witness Jan Pieterszoon described the facility." };
        var id = await officer.CreateCaseAsync(summary: summary);

        var refused = await officer.ActAsync(id, "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("anonymisation-finding", (await refused.JsonAsync()).Codes());

        var overridden = await officer.ActOkAsync(id, "submit", new { overrideMotivation = "A historical figure, not a witness: discussed with the privacy officer." });
        Assert.Equal("AnonymisationReview", overridden.GetProperty("state").GetString());
        var seen = await (await _app.SecondOfficer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.NotEmpty(seen.GetProperty("anonymisationFindings").EnumerateArray());
        Assert.Equal("A historical figure, not a witness: discussed with the privacy officer.", seen.GetProperty("submitOverrideMotivation").GetString());
    }

    [DatabaseFact]
    public async Task Concurrent_triggers_on_one_case_leave_one_winner_and_conflicts()
    {
        var id = await _app.Officer().CreateCaseAsync();
        await _app.Officer().ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();

        // One prosecutor, six clicks at once: the racers also collide on the interest row's key.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _app.Prosecutor().ActAsync(id, "flag-interest", new { motivation = "Interest." })));

        // A racer that read the case before the winner committed gets 409; one that read it after
        // is judged by the workflow like any second flag: 422, interest-already-flagged. Never a 500.
        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.True(codes.Count(c => c == HttpStatusCode.OK) == 1, string.Join(", ", codes));
        foreach (var late in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            if (late.StatusCode == HttpStatusCode.UnprocessableEntity) Assert.Contains("interest-already-flagged", (await late.JsonAsync()).Codes());
            else Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        Assert.Equal("InterestFlagged", await _app.Officer().StateAsync(id));
        var view = await (await _app.Officer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Single(view.GetProperty("interests").EnumerateArray());
    }

    private async Task<(Guid Id, Guid Session)> CaseWithInterestAsync()
    {
        var id = await _app.Officer().CreateCaseAsync();
        await _app.Officer().ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        var session = await _app.Admin().FreezeNextSessionAsync();
        await _app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Interest." });
        return (id, session);
    }
}
