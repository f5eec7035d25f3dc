using System.Net;
using System.Net.Http.Json;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>The end of the reporter retention destroys the contact; the anonymised signal and the audit trail stay.</summary>
public sealed class ObiRetentionJobTests
{
    [Fact]
    public async Task Past_the_retention_after_closing_the_reporter_is_gone_the_signal_stays_and_the_trail_verifies()
    {
        const string marker = "Zqwyth";
        await using var app = JobsKit.NewApp();
        app.Settings[ObiSettings.ReporterRetentionDaysKey] = "30";
        var intake = app.Intake();
        var withdrawn = await intake.RecordSignalAsync(ObiDesk.Signal("2026-06"), ObiDesk.Reporter(marker));
        await (await intake.ActOnSignalAsync(withdrawn, "withdraw", new { motivation = $"De melder {marker} trekt de melding in." })).OkJsonAsync();
        var open = await intake.RecordSignalAsync(ObiDesk.Signal("2026-06"));

        app.SetNow(JobsKit.Start.AddDays(29));
        Assert.Equal("reporter contact of 0 signal(s) destroyed", await app.RunJobAsync(JobNames.ObiRetention));
        Assert.Equal(HttpStatusCode.OK, (await intake.GetAsync($"{ObiDesk.Signals}/{withdrawn}/reporter")).StatusCode);

        app.SetNow(JobsKit.Start.AddDays(31));
        Assert.Equal("reporter contact of 1 signal(s) destroyed", await app.RunJobAsync(JobNames.ObiRetention));
        Assert.Equal("reporter contact of 0 signal(s) destroyed", await app.RunJobAsync(JobNames.ObiRetention));

        Assert.Equal(HttpStatusCode.Gone, (await intake.GetAsync($"{ObiDesk.Signals}/{withdrawn}/reporter")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await intake.GetAsync($"{ObiDesk.Signals}/{open}/reporter")).StatusCode);
        var signal = await (await intake.GetAsync($"{ObiDesk.Signals}/{withdrawn}")).OkJsonAsync();
        Assert.Equal("Withdrawn", signal.State());
        Assert.True(signal.GetProperty("reporterShredded").GetBoolean());

        var auditor = app.Auditor();
        var entries = await auditor.AuditEntriesAsync();
        var shred = Assert.Single(entries, e => e.GetProperty("action").GetString() == "obi-signal.reporter.shred");
        Assert.Equal("system", shred.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(ObiProcessing.LegalBasisCode, shred.GetProperty("legalBasisCode").GetString());
        var log = await (await auditor.GetAsync($"/api/v1/processing-log?caseId={withdrawn}&processingActivityId={ObiProcessing.Retention}")).OkJsonAsync();
        Assert.Equal("obi.reporter.shred", Assert.Single(log.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        // The motivation sealed under the signal's key went with it; no file holds the reporter.
        Assert.DoesNotContain(marker, string.Join("\\n", entries.Select(e => e.GetRawText())), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ObiHygiene.FilesHolding(app.DataDir, ObiDesk.ReporterMarkers(marker)));
        var verify = await (await auditor.GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
    }
}
