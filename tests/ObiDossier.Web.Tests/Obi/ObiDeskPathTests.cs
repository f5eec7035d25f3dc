using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ObiDossier.Domain.Obi;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>The desk on the embedded default, SQLite.</summary>
public sealed class SqliteObiDeskPathTests(ObiDossierApplication app) : ObiDeskPathTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same desk on PostgreSQL.</summary>
[RunsOnPostgres]
public sealed class PostgresObiDeskPathTests(PostgresApplication app) : ObiDeskPathTests(app), IClassFixture<PostgresApplication>;

/// <summary>
/// The whole OBI desk over HTTP on each database: a signal recorded, refused while it names its
/// reporter, shared by a second intake officer, bundled into a report whose small cells are
/// suppressed, approved by a coordinator who did not draft it, distributed and followed up.
/// Each test works in a year of its own, since reports never share a month.
/// </summary>
public abstract class ObiDeskPathTests
{
    private readonly ObiDossierApplication _app;

    protected ObiDeskPathTests(ObiDossierApplication app) => _app = app;

    [DatabaseFact]
    public async Task The_whole_desk_shares_only_anonymous_signals_and_publishes_suppressed_figures()
    {
        var intake = _app.Intake();
        var colleague = _app.Intake("intake-ivo");
        var otherOrganisation = _app.Intake("intake-olga", ObiOrganisations.Aivd);
        var analyst = _app.Analyst();
        var coordinator = _app.Coordinator();
        var partner = _app.Partner();

        // The reporter's own name in the narrative: refused at submission, and no override helps.
        var id = await intake.RecordSignalAsync(ObiDesk.Signal("2021-02", narrative: "Zhanar Qoravex wordt sinds maart gevolgd na bijeenkomsten."));
        var named = await intake.ActOnSignalAsync(id, "submit", new { overrideMotivation = "Het is een publiek figuur." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, named.StatusCode);
        Assert.Contains("anonymisation-vault-value", (await named.JsonAsync()).Codes());
        Assert.Equal("Received", (await (await intake.GetAsync($"{ObiDesk.Signals}/{id}")).OkJsonAsync()).State());

        var fixedText = await intake.PutWithETagAsync($"{ObiDesk.Signals}/{id}",
            new { signal = ObiDesk.Signal("2021-02", narrative: "Een vrouw uit de gemeenschap wordt sinds maart gevolgd na bijeenkomsten.") });
        await fixedText.OkJsonAsync();
        Assert.Equal("AnonymisationReview", (await (await intake.ActOnSignalAsync(id, "submit")).OkJsonAsync()).State());

        // Not yet approved: the analyst does not see it; the author may not approve; another organisation finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{ObiDesk.Signals}/{id}")).StatusCode);
        var self = await intake.ActOnSignalAsync(id, "approve-anonymisation");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("four-eyes-anonymisation", (await self.JsonAsync()).Codes());
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.ActOnSignalAsync(id, "approve-anonymisation")).StatusCode);
        Assert.Equal("Shared", (await (await colleague.ActOnSignalAsync(id, "approve-anonymisation")).OkJsonAsync()).State());

        // The reporter: the intake organisation reads it; the analyst, another organisation, a partner: 404, always.
        var reporter = await (await colleague.GetAsync($"{ObiDesk.Signals}/{id}/reporter")).OkJsonAsync();
        Assert.Equal("Zhanar Qoravex", reporter.GetProperty("name").GetString());
        foreach (var stranger in new[] { analyst, otherOrganisation, partner, coordinator })
            Assert.True((await stranger.GetAsync($"{ObiDesk.Signals}/{id}/reporter")).StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{ObiDesk.Signals}/{id}/reporter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{ObiDesk.Signals}/{Guid.NewGuid()}/reporter")).StatusCode);
        var seen = await (await analyst.GetAsync($"{ObiDesk.Signals}/{id}")).OkJsonAsync();
        Assert.Equal("Shared", seen.State());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("anonymisationFindings").ValueKind);

        // Six more from Iran (seven in all), three from China: the Chinese cell is suppressed, the Iranian one shows 7.
        for (var i = 0; i < 6; i++) await _app.ShareSignalAsync(ObiDesk.Signal("2021-01"));
        for (var i = 0; i < 3; i++)
            await _app.ShareSignalAsync(ObiDesk.Signal("2021-03", stateActor: "CN", conduct: "surveillance", target: "individual", instrument: "physical"),
                ObiOrganisations.Vertrouwenslijn);
        for (var i = 0; i < 3; i++)
            await _app.ShareSignalAsync(ObiDesk.Signal("2021-03", stateActor: "RU", conduct: "surveillance", target: "individual", instrument: "physical"));

        var opened = await analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2021-01", periodTo = "2021-03" });
        var report = await opened.OkJsonAsync(HttpStatusCode.Created);
        var reportId = report.GetProperty("id").GetGuid();
        Assert.Equal("Draft", report.State());
        Assert.Equal(7, report.Cell("stateActor", "IR").GetProperty("count").GetInt32());
        var china = report.Cell("stateActor", "CN");
        Assert.Equal(JsonValueKind.Null, china.GetProperty("count").ValueKind);
        Assert.Equal("< 5", china.GetProperty("display").GetString());
        var total = report.Cell("total", "all").GetProperty("count");
        Assert.Equal(total.ValueKind == JsonValueKind.Null ? JsonValueKind.Null : JsonValueKind.Number, report.GetProperty("signalCount").ValueKind);
        if (total.ValueKind == JsonValueKind.Number) Assert.Equal(total.GetInt32(), report.GetProperty("signalCount").GetInt32());

        await (await analyst.PutWithETagAsync($"{ObiDesk.Reports}/{reportId}", new { analysis = "Intimidatie vanuit één staat blijft de grootste groep." })).OkJsonAsync();
        await (await analyst.ActOnReportAsync(reportId, "submit-for-method-review")).OkJsonAsync();

        // The drafting analyst may not approve (not a coordinator: 403); a coordinator who changed nothing approves.
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.ActOnReportAsync(reportId, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"{ObiDesk.Reports}/{reportId}")).StatusCode);
        Assert.Equal("Approved", (await (await coordinator.ActOnReportAsync(reportId, "approve")).OkJsonAsync()).State());
        Assert.Equal("Bundled", (await (await analyst.GetAsync($"{ObiDesk.Signals}/{id}")).OkJsonAsync()).State());
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"{ObiDesk.Reports}/{reportId}")).StatusCode);

        Assert.Equal("Distributed", (await (await coordinator.ActOnReportAsync(reportId, "distribute")).OkJsonAsync()).State());
        var read = await (await partner.GetAsync($"{ObiDesk.Reports}/{reportId}")).OkJsonAsync();
        Assert.Equal(7, read.Cell("stateActor", "IR").GetProperty("count").GetInt32());
        // A follow-up is read by every partner: an identifier in it is refused, with no override.
        var identifying = await partner.PostAsJsonAsync($"{ObiDesk.Reports}/{reportId}/follow-ups",
            new { kind = "resilience-measure", description = "Contactpersoon bereikbaar op 06-12345678 of jan.devries@example.nl." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, identifying.StatusCode);
        Assert.Contains("anonymisation-finding", (await identifying.JsonAsync()).Codes());
        var followUp = await partner.PostAsJsonAsync($"{ObiDesk.Reports}/{reportId}/follow-ups", new { kind = "diplomatic-step", description = "Demarche bij de ambassade." });
        await followUp.OkJsonAsync(HttpStatusCode.Created);
        Assert.Single((await (await analyst.GetAsync($"{ObiDesk.Reports}/{reportId}")).OkJsonAsync()).GetProperty("followUps").EnumerateArray());

        // Partners never see a single signal.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"{ObiDesk.Signals}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(ObiDesk.Signals)).StatusCode);

        var verify = await (await _app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [DatabaseFact]
    public async Task A_coordinator_who_changed_the_report_cannot_approve_it()
    {
        await _app.ShareSignalAsync(ObiDesk.Signal("2020-05"));
        var analyst = _app.Analyst("analyst-ada");
        var report = await (await analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2020-04", periodTo = "2020-06" })).OkJsonAsync(HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        await (await analyst.ActOnReportAsync(id, "submit-for-method-review")).OkJsonAsync();

        // The analyst as author: the same person holding the coordinator role later is still an author.
        var refused = await _app.Client("analyst-ada", ObiRoles.Coordinator, ObiOrganisations.Nctv).ActOnReportAsync(id, "approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("four-eyes-report", (await refused.JsonAsync()).Codes());
        await (await _app.Coordinator().ActOnReportAsync(id, "approve")).OkJsonAsync();
    }

    [DatabaseFact]
    public async Task A_signal_shared_while_a_report_on_its_month_is_in_draft_joins_it_and_one_withdrawn_leaves_it()
    {
        var early = await _app.ShareSignalAsync(ObiDesk.Signal("2016-01"));
        var analyst = _app.Analyst("analyst-lu");
        var report = await (await analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2016-01", periodTo = "2016-03" })).OkJsonAsync(HttpStatusCode.Created);
        var reportId = report.GetProperty("id").GetGuid();
        var late = await _app.ShareSignalAsync(ObiDesk.Signal("2016-02"));

        Assert.Equal(reportId, (await (await analyst.GetAsync($"{ObiDesk.Signals}/{early}")).OkJsonAsync()).GetProperty("reportId").GetGuid());
        Assert.Equal(reportId, (await (await analyst.GetAsync($"{ObiDesk.Signals}/{late}")).OkJsonAsync()).GetProperty("reportId").GetGuid());

        await (await _app.Intake().ActOnSignalAsync(late, "withdraw", new { motivation = "Dubbel gemeld." })).OkJsonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{ObiDesk.Signals}/{late}")).StatusCode);
        var withdrawn = await (await _app.Intake().GetAsync($"{ObiDesk.Signals}/{late}")).OkJsonAsync();
        Assert.Equal("Withdrawn", withdrawn.State());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("reportId").ValueKind);
    }

    [DatabaseFact]
    public async Task Bad_input_gets_problem_details_and_changes_nothing()
    {
        var intake = _app.Intake("intake-bo");
        var analyst = _app.Analyst("analyst-bo");
        await _app.ShareSignalAsync(ObiDesk.Signal("2019-02"));
        await (await analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2019-01", periodTo = "2019-03" })).OkJsonAsync(HttpStatusCode.Created);
        var signalsBefore = (await (await intake.GetAsync(ObiDesk.Signals)).OkJsonAsync()).GetProperty("items").GetArrayLength();
        var reportsBefore = (await (await analyst.GetAsync(ObiDesk.Reports)).OkJsonAsync()).GetProperty("items").GetArrayLength();
        var auditBefore = await SucceededObiCommandsAsync();

        (object Body, string Code)[] signals =
        [
            (new { signal = ObiDesk.Signal("2019-02", conduct: "stalking"), reporter = ObiDesk.Reporter() }, "invalid-conduct"),
            (new { signal = ObiDesk.Signal("2019-02-14"), reporter = ObiDesk.Reporter() }, "period-too-precise"),
            (new { signal = ObiDesk.Signal("2019-02", region: "Zwolle"), reporter = ObiDesk.Reporter() }, "region-not-a-province"),
        ];
        foreach (var (body, code) in signals)
        {
            var response = await intake.PostAsJsonAsync(ObiDesk.Signals, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(code, (await response.JsonAsync()).Codes());
        }
        var overlap = await analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2019-03", periodTo = "2019-05" });
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.Contains("period-overlaps-report", (await overlap.JsonAsync()).Codes());

        Assert.Equal(signalsBefore, (await (await intake.GetAsync(ObiDesk.Signals)).OkJsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(reportsBefore, (await (await analyst.GetAsync(ObiDesk.Reports)).OkJsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(auditBefore, await SucceededObiCommandsAsync());
    }

    /// <summary>The desk's commands that went through (searching the trail is itself audited, so count only these).</summary>
    private async Task<int> SucceededObiCommandsAsync() =>
        (await _app.Auditor().AuditEntriesAsync()).Count(e => e.GetProperty("outcome").GetString() == "succeeded"
            && e.GetProperty("action").GetString()!.StartsWith("obi-", StringComparison.Ordinal));
}
