using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Table;

/// <summary>The table as it is held, on the embedded default, SQLite.</summary>
public sealed class SqliteTableAsHeldTests(ObiDossierApplication app) : TableAsHeldTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same on PostgreSQL.</summary>
[RunsOnPostgres]
public sealed class PostgresTableAsHeldTests(PostgresApplication app) : TableAsHeldTests(app), IClassFixture<PostgresApplication>;

/// <summary>
/// The table as it is held (README "Workflows") over HTTP: the most pressing cases first up to a session's capacity, the
/// OM's demand, the minutes, reopening, and the outcome in the yearly overview.
/// </summary>
public abstract class TableAsHeldTests
{
    private readonly ObiDossierApplication _app;

    protected TableAsHeldTests(ObiDossierApplication app) => _app = app;

    [DatabaseFact]
    public async Task A_session_of_capacity_two_takes_the_urgent_and_high_cases_and_leaves_the_normal_ones_queued()
    {
        var admin = _app.Admin();
        await admin.FreezeNextSessionAsync(); // whatever an earlier test left queued goes first
        var officer = _app.Officer();
        var oldNormal = await QueuedCaseAsync("normal");
        var newNormal = await QueuedCaseAsync(null);
        var high = await QueuedCaseAsync("high");
        var urgent = await QueuedCaseAsync("urgent");

        var session = await (await admin.PostAsJsonAsync("/api/v1/sessions", new { date = FreeDate(), capacity = 2 })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, session.GetProperty("capacity").GetInt32());
        var frozen = await (await admin.PostAsync($"/api/v1/sessions/{session.GetProperty("id").GetGuid()}/actions/freeze-agenda", null)).OkJsonAsync();

        Assert.Equal(new[] { urgent, high }.Order(), frozen.GetProperty("agenda").EnumerateArray().Select(e => e.GetGuid()).Order());
        foreach (var waiting in new[] { oldNormal, newNormal })
        {
            var view = await (await officer.GetAsync($"/api/v1/cases/{waiting}")).OkJsonAsync();
            Assert.Equal(("Queued", "normal", "session-full"),
                (view.GetProperty("state").GetString(), view.GetProperty("priority").GetString(), view.GetProperty("waitingReason").GetString()));
        }
        var onAgenda = await (await officer.GetAsync($"/api/v1/cases/{urgent}")).OkJsonAsync();
        Assert.Equal(("OnAgenda", "urgent"), (onAgenda.GetProperty("state").GetString(), onAgenda.GetProperty("priority").GetString()));

        // The priority is IND's until the case is on an agenda.
        var late = await officer.PutCaseAsync(urgent, new { priority = "normal" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("priority-fixed", (await late.JsonAsync()).Codes());
    }

    [DatabaseFact]
    public async Task Bad_priorities_capacities_and_minutes_get_problem_details_and_change_nothing()
    {
        var officer = _app.Officer();
        var admin = _app.Admin();

        var unknown = await officer.PostAsJsonAsync("/api/v1/cases", new { summary = TestData.Summary(), personalData = TestData.PersonalData(), priority = "asap" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("invalid-priority", (await unknown.JsonAsync()).Codes());

        var id = await officer.CreateCaseAsync();
        var badEdit = await officer.PutCaseAsync(id, new { priority = "asap" });
        Assert.Equal(HttpStatusCode.BadRequest, badEdit.StatusCode);
        Assert.Equal("normal", (await (await officer.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync()).GetProperty("priority").GetString());

        var date = FreeDate();
        var noCapacity = await admin.PostAsJsonAsync("/api/v1/sessions", new { date, capacity = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, noCapacity.StatusCode);
        Assert.Contains("capacity-invalid", (await noCapacity.JsonAsync()).Codes());

        var scheduled = await (await admin.PostAsJsonAsync("/api/v1/sessions", new { date })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(10, scheduled.GetProperty("capacity").GetInt32());
        var sessionId = scheduled.GetProperty("id").GetGuid();
        var early = await admin.PutAsJsonAsync($"/api/v1/sessions/{sessionId}/minutes", new { attendance = new[] { "IND", "OM" }, decisions = "Besproken." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("session-not-held", (await early.JsonAsync()).Codes());
        var after = await (await admin.GetAsync($"/api/v1/sessions/{sessionId}")).OkJsonAsync();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("minutes").ValueKind);
        Assert.Equal(scheduled.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());

        var audit = await _app.Auditor().AuditEntriesAsync();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "session.minutes" && e.GetProperty("outcome").GetString() == "refused");
    }

    [DatabaseFact]
    public async Task A_demand_by_the_flagging_prosecutor_passes_legal_review_and_releases_exactly_the_demanded_fields()
    {
        var prosecutor = _app.Prosecutor();
        var other = _app.Prosecutor("prosecutor-gijs");
        var id = await OnAgendaAsync();
        await prosecutor.ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation." });
        var demand = new { legalBasisCode = "SV-126ND", requestedFields = new[] { "fullName", "dateOfBirth" }, omCaseNumber = "OM-2026-0417" };

        var byOther = await other.ActAsync(id, "demand-data", demand);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byOther.StatusCode);
        Assert.Contains("not-a-recipient", (await byOther.JsonAsync()).Codes());
        Assert.Equal("InterestFlagged", await _app.Officer().StateAsync(id));

        Assert.Equal("LegalReview", (await prosecutor.ActOkAsync(id, "demand-data", demand)).GetProperty("state").GetString());
        var inReview = await (await _app.Officer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        var disclosure = inReview.GetProperty("disclosure");
        Assert.Equal(("demand", "OM-2026-0417", "SV-126ND"),
            (disclosure.GetProperty("route").GetString(), disclosure.GetProperty("omCaseNumber").GetString(), disclosure.GetProperty("legalBasisCode").GetString()));

        await _app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 126nd Sv: a demand in an investigation." });
        var data = await (await prosecutor.GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        Assert.Equal(["dateOfBirth", "fullName"], data.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        var omView = await (await prosecutor.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Equal("demand", omView.GetProperty("disclosure").GetProperty("route").GetString());
    }

    [DatabaseFact]
    public async Task Minutes_list_the_outcome_of_every_agenda_item_and_both_organisations_read_them()
    {
        var admin = _app.Admin();
        var prosecutor = _app.Prosecutor();
        await admin.FreezeNextSessionAsync();
        var (flagged, declined, open) = (await QueuedCaseAsync("high"), await QueuedCaseAsync("normal"), await QueuedCaseAsync("normal"));
        var sessionId = await admin.FreezeNextSessionAsync();
        await prosecutor.ActOkAsync(flagged, "flag-interest", new { motivation = "Relevant." });
        await prosecutor.ActOkAsync(declined, "decline-interest", new { motivation = "Not for us." });
        await (await admin.PostAsync($"/api/v1/sessions/{sessionId}/actions/open", null)).OkJsonAsync();

        var identifying = await admin.PutAsJsonAsync($"/api/v1/sessions/{sessionId}/minutes", new { attendance = new[] { "IND", "OM" }, decisions = "Zie V-nummer 3019283746." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, identifying.StatusCode);
        Assert.Contains("anonymisation-finding", (await identifying.JsonAsync()).Codes());
        var badAttendance = await admin.PutAsJsonAsync($"/api/v1/sessions/{sessionId}/minutes", new { attendance = new[] { "KMar" }, decisions = "" });
        Assert.Equal(HttpStatusCode.BadRequest, badAttendance.StatusCode);

        await (await admin.PutAsJsonAsync($"/api/v1/sessions/{sessionId}/minutes",
            new { attendance = new[] { "IND", "OM" }, decisions = "OM neemt een zaak in behandeling." })).OkJsonAsync();

        foreach (var reader in new[] { _app.Officer(), prosecutor })
        {
            var minutes = (await (await reader.GetAsync($"/api/v1/sessions/{sessionId}")).OkJsonAsync()).GetProperty("minutes");
            Assert.Equal(["IND", "OM"], minutes.GetProperty("attendance").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("OM neemt een zaak in behandeling.", minutes.GetProperty("decisions").GetString());
            var outcomes = minutes.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("caseId").GetGuid(), i => i.GetProperty("outcome").GetString());
            Assert.Equal(3, outcomes.Count);
            Assert.Equal(("flag-interest", "decline-interest", "pending"), (outcomes[flagged], outcomes[declined], outcomes[open]));
        }
        var audit = await _app.Auditor().AuditEntriesAsync();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "session.minutes" && e.GetProperty("outcome").GetString() == "succeeded"
                                    && e.GetProperty("entityId").GetString() == sessionId.ToString());
    }

    [DatabaseFact]
    public async Task A_reopened_case_returns_to_draft_and_its_history_keeps_both_rounds()
    {
        var officer = _app.Officer();
        var id = await OnAgendaAsync();
        await _app.Prosecutor().ActOkAsync(id, "decline-interest", new { motivation = "No lead." });

        var noMotivation = await officer.ActAsync(id, "reopen");
        Assert.Equal(HttpStatusCode.BadRequest, noMotivation.StatusCode);
        Assert.Equal("Draft", (await officer.ActOkAsync(id, "reopen", new { motivation = "A new witness statement." })).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}")).StatusCode);

        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        var history = await (await officer.GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync();
        Assert.Equal(
            ["submit", "approve-anonymisation", "agenda-frozen", "decline-interest", "reopen", "submit", "approve-anonymisation"],
            history.EnumerateArray().Select(h => h.GetProperty("trigger").GetString()));
    }

    [DatabaseFact]
    public async Task An_outcome_is_recorded_once_after_release_and_appears_in_the_yearly_overview()
    {
        var prosecutor = _app.Prosecutor();
        var id = await OnAgendaAsync();
        await prosecutor.ActOkAsync(id, "flag-interest", new { motivation = "Relevant." });
        var outcome = new { outcome = "investigation-opened" };

        var early = await prosecutor.ActAsync(id, "record-outcome", outcome);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        await _app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName" } });
        var released = await _app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 162 Sv." });
        var year = DateTimeOffset.UtcNow.Year;
        var before = await CountAsync(year, "formal-report", "SV-162", "investigation-opened");

        var unknown = await prosecutor.ActAsync(id, "record-outcome", new { outcome = "arrested" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("unknown-outcome", (await unknown.JsonAsync()).Codes());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _app.Prosecutor("prosecutor-gijs").ActAsync(id, "record-outcome", outcome)).StatusCode);
        Assert.Equal("Released", (await prosecutor.ActOkAsync(id, "record-outcome", outcome)).GetProperty("state").GetString());
        var twice = await prosecutor.ActAsync(id, "record-outcome", outcome);
        Assert.Contains("outcome-already-recorded", (await twice.JsonAsync()).Codes());

        Assert.Equal(before + 1, await CountAsync(year, "formal-report", "SV-162", "investigation-opened"));
        var csv = await (await _app.Auditor().GetAsync($"/api/v1/reports/releases.csv?year={year}")).Content.ReadAsStringAsync();
        Assert.Contains($"{year},formal-report,SV-162,investigation-opened,{before + 1}", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Admin().GetAsync("/api/v1/reports/releases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await prosecutor.GetAsync($"/api/v1/reports/releases?year={year}")).StatusCode);
        Assert.True(released.GetProperty("version").GetInt64() > 0);
    }

    private async Task<int> CountAsync(int year, string route, string basis, string outcome)
    {
        var overview = await (await _app.Admin().GetAsync($"/api/v1/reports/releases?year={year}")).OkJsonAsync();
        return overview.GetProperty("counts").EnumerateArray()
            .Where(c => c.GetProperty("route").GetString() == route && c.GetProperty("legalBasisCode").GetString() == basis && c.GetProperty("outcome").GetString() == outcome)
            .Sum(c => c.GetProperty("count").GetInt32());
    }

    /// <summary>A case through the anonymisation review into the queue, with <paramref name="priority"/> set at creation (none: the default).</summary>
    private async Task<Guid> QueuedCaseAsync(string? priority)
    {
        var officer = _app.Officer();
        var response = await officer.PostAsJsonAsync("/api/v1/cases", priority is null
            ? new Dictionary<string, object> { ["summary"] = TestData.Summary(), ["personalData"] = TestData.PersonalData() }
            : new Dictionary<string, object> { ["summary"] = TestData.Summary(), ["personalData"] = TestData.PersonalData(), ["priority"] = priority });
        var id = (await response.OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        return id;
    }

    private async Task<Guid> OnAgendaAsync()
    {
        var id = await QueuedCaseAsync("urgent");
        await _app.Admin().FreezeNextSessionAsync();
        Assert.Equal("OnAgenda", await _app.Officer().StateAsync(id));
        return id;
    }

    private static DateOnly FreeDate() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7 + Random.Shared.Next(3001, 9000));
}
