using System.Net;
using System.Net.Http.Json;
using System.Text;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>The reporter's contact appears in clear nowhere but the answer to the intake organisation's reporter route.</summary>
public sealed class ObiReporterHygieneTests
{
    [Fact]
    public async Task The_reporter_is_in_no_answer_but_the_reporter_route_in_no_audit_entry_log_line_or_file()
    {
        const string marker = "Vexqorn";
        using var app = new ObiDossierApplication();
        var intake = app.Intake();
        var colleague = app.Intake("intake-ivo");
        var analyst = app.Analyst("analyst-hy");
        var seen = new StringBuilder();
        async Task<HttpResponseMessage> Keep(Task<HttpResponseMessage> call)
        {
            var response = await call;
            seen.Append(await response.Content.ReadAsStringAsync());
            return response;
        }

        // Recorded, checked against the reporter by a scan, the reporter replaced, shared, bundled, approved.
        var created = await Keep(intake.PostAsJsonAsync(ObiDesk.Signals, new { signal = ObiDesk.Signal("2017-05"), reporter = ObiDesk.Reporter(marker) }));
        var id = (await created.OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Keep(intake.GetAsync($"{ObiDesk.Signals}/{id}"));
        var scan = await Keep(intake.PostAsJsonAsync("/api/v1/anonymisation/scan", new { text = $"Gesprek met Zhanar {marker} over de ambassade.", signalId = id }));
        Assert.Contains("vault-value", await scan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Keep(intake.PutWithETagAsync($"{ObiDesk.Signals}/{id}", new { reporter = ObiDesk.Reporter(marker) }));
        await Keep(intake.ActOnSignalAsync(id, "submit"));
        await Keep(colleague.ActOnSignalAsync(id, "approve-anonymisation"));
        await Keep(analyst.GetAsync($"{ObiDesk.Signals}/{id}"));
        await Keep(analyst.GetAsync($"{ObiDesk.Signals}/{id}/reporter"));
        await Keep(analyst.GetAsync(ObiDesk.Signals));
        await Keep(intake.GetAsync(ObiDesk.Signals));
        var report = await Keep(analyst.PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2017-04", periodTo = "2017-06" }));
        var reportId = (await report.OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Keep(analyst.ActOnReportAsync(reportId, "submit-for-method-review"));
        await Keep(app.Coordinator().ActOnReportAsync(reportId, "approve"));
        await Keep(analyst.GetAsync($"{ObiDesk.Reports}/{reportId}"));

        // The one route that answers with it, to its one audience.
        var reporter = await (await intake.GetAsync($"{ObiDesk.Signals}/{id}/reporter")).OkJsonAsync();
        Assert.Contains(marker, reporter.GetProperty("name").GetString(), StringComparison.Ordinal);

        var auditor = app.Auditor();
        seen.Append(string.Join("\n", (await auditor.AuditEntriesAsync()).Select(e => e.GetRawText())));
        seen.Append(await (await auditor.GetAsync($"/api/v1/processing-log?caseId={id}")).Content.ReadAsStringAsync());
        var leaks = new List<string>();
        foreach (var value in ObiDesk.ReporterMarkers(marker))
        {
            if (seen.ToString().Contains(value, StringComparison.OrdinalIgnoreCase)) leaks.Add("an answer, audit entry or processing record holds a reporter value");
            if (app.Logs.Any(l => l.Contains(value, StringComparison.OrdinalIgnoreCase))) leaks.Add("a log line holds a reporter value");
        }
        leaks.AddRange(ObiHygiene.FilesHolding(app.DataDir, ObiDesk.ReporterMarkers(marker)));
        Assert.Empty(leaks);

        // Every read and scan of the reporter is a processing record under the desk's basis.
        var log = await (await auditor.GetAsync($"/api/v1/processing-log?caseId={id}")).OkJsonAsync();
        var names = log.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains(ObiProcessing.Read, names);
        Assert.Contains(ObiProcessing.Scan, names);
        Assert.All(log.GetProperty("items").EnumerateArray(), r => Assert.Equal(ObiProcessing.LegalBasisCode, r.GetProperty("legalBasisCode").GetString()));
    }
}
