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

    [Fact]
    public async Task After_retention_a_remark_that_named_the_data_subject_shows_that_it_existed_and_no_file_holds_it()
    {
        const string marker = "Wqy";
        await using var app = JobsKit.NewApp();
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync(TestData.PersonalData(marker));
        await officer.ActOkAsync(id, "submit");
        var remark = $"Arvid {marker}ellington lives at {marker}straat 12: too close to the file.";
        await app.SecondOfficer().ActOkAsync(id, "reject-anonymisation", new { motivation = remark });
        await officer.ActOkAsync(id, "withdraw", new { motivation = $"{marker}ellington left the country." });

        Assert.Contains(remark, (await app.HistoryAsync(id)).Select(h => h.GetProperty("motivation").GetString()));
        Assert.Empty(FilesHolding(app.DataDir, marker));

        app.SetNow(JobsKit.Start.AddYears(5).AddDays(1));
        Assert.Equal("personal data of 1 case(s) destroyed", await app.RunJobAsync(JobNames.Retention));

        var history = await app.HistoryAsync(id);
        Assert.Equal(["submit", "reject-anonymisation", "withdraw"], history.Select(h => h.GetProperty("trigger").GetString()));
        Assert.Equal(ObiDossier.Web.Cases.CaseTexts.Removed, history[1].GetProperty("motivation").GetString());
        Assert.Equal(ObiDossier.Web.Cases.CaseTexts.Removed, history[2].GetProperty("motivation").GetString());
        var audit = await (await app.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        Assert.DoesNotContain(marker, audit.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "case.trigger.reject-anonymisation"
                                                                           && e.GetProperty("motivation").GetString() == ObiDossier.Web.Cases.CaseTexts.Removed);
        Assert.Empty(FilesHolding(app.DataDir, marker));
        var verify = await (await app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
    }

    /// <summary>Every file of the data folder (database, WAL, keys, checkpoints) that holds a marked value, in UTF-8 or UTF-16.</summary>
    private static List<string> FilesHolding(string dataDir, string marker) =>
        [.. Directory.GetFiles(dataDir, "*", SearchOption.AllDirectories).Where(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            return TestData.Markers(marker).Any(m =>
                bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(m)) >= 0 || bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(m)) >= 0);
        })];
}
