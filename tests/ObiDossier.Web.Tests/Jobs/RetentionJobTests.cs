using System.Net;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>The end of retention destroys personal data; the case, its history and its audit trail stay.</summary>
public sealed class RetentionJobTests
{
    [Fact]
    public async Task Past_the_retention_period_personal_data_are_gone_and_the_audit_trail_still_verifies()
    {
        await using var app = JobsKit.NewApp();
        var officer = app.Officer();
        var withdrawn = await officer.CreateCaseAsync();
        await officer.ActOkAsync(withdrawn, "withdraw", new { motivation = "Niet langer relevant." });
        var open = await officer.CreateCaseAsync(TestData.PersonalData("Vwy"));

        app.SetNow(JobsKit.Start.AddYears(5).AddDays(-1));
        Assert.Equal("personal data of 0 case(s) destroyed", await app.RunJobAsync(JobNames.Retention));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/cases/{withdrawn}/personal-data")).StatusCode);

        app.SetNow(JobsKit.Start.AddYears(5).AddDays(1));
        Assert.Equal("personal data of 1 case(s) destroyed", await app.RunJobAsync(JobNames.Retention));
        Assert.Equal("personal data of 0 case(s) destroyed", await app.RunJobAsync(JobNames.Retention));

        Assert.Equal(HttpStatusCode.Gone, (await officer.GetAsync($"/api/v1/cases/{withdrawn}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/cases/{open}/personal-data")).StatusCode);
        Assert.Equal("Withdrawn", await officer.StateAsync(withdrawn));
        Assert.Equal(["withdraw"], (await app.HistoryAsync(withdrawn)).Select(h => h.GetProperty("trigger").GetString()));

        var auditor = app.Auditor();
        var audit = await (await auditor.GetAsync($"/api/v1/audit?caseId={withdrawn}")).OkJsonAsync();
        var shred = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "case.personal-data.shred");
        Assert.Equal("system", shred.GetProperty("actor").GetProperty("id").GetString());
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "case.create");

        var log = await (await auditor.GetAsync($"/api/v1/processing-log?caseId={withdrawn}&processingActivityId={ProcessingActivities.Retention}")).OkJsonAsync();
        var record = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("personal-data.shred", record.GetProperty("name").GetString());
        Assert.DoesNotContain(TestData.Markers(), m => log.GetRawText().Contains(m, StringComparison.OrdinalIgnoreCase));

        Assert.Matches("checkpoint written|checkpoint already covers", await app.RunJobAsync(JobNames.AuditCheckpoint)); // every seal checkpoints itself
        var verify = await (await auditor.GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
        Assert.True(verify.GetProperty("checkpointsVerified").GetInt32() >= 1, verify.GetRawText());
    }
}
