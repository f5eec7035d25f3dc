using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Testing;
using ObiDossier.Web.Cli;
using ObiDossier.Web.FormalReports;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.Tests.Jobs;
using ObiDossier.Web.WebUi;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Tests.FormalReports;

/// <summary>The formal report on the embedded default, SQLite.</summary>
public sealed class SqliteFormalReportTests(ObiDossierApplication app) : FormalReportTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same on PostgreSQL.</summary>
[RunsOnPostgres]
public sealed class PostgresFormalReportTests(PostgresApplication app) : FormalReportTests(app), IClassFixture<PostgresApplication>;

/// <summary>
/// <c>GET /cases/{id}/formal-report</c>: a signed PDF for the disclosure's recipients only, with
/// exactly the released values and the recipient's name on every page; audited and logged.
/// </summary>
public abstract class FormalReportTests
{
    private readonly ObiDossierApplication _app;

    protected FormalReportTests(ObiDossierApplication app) => _app = app;

    private static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [DatabaseFact]
    public async Task The_recipient_gets_exactly_the_released_values_with_their_name_on_every_page()
    {
        var id = await _app.ReleasedCaseAsync();

        var pdf = await PdfAsync(await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report"));

        var pages = FormalReportKit.PageTexts(pdf);
        Assert.True(pages.Count >= 2, $"the long summary should need a second page, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("prosecutor-carla (om-prosecutor)", page, StringComparison.Ordinal));
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"Pagina {p.i + 1} van {pages.Count}", p.page, StringComparison.Ordinal));
        var text = string.Join("\n", pages);
        foreach (var (field, values) in FormalReportKit.Values)
            foreach (var value in values)
            {
                if (FormalReportKit.Released.Contains(field)) Assert.Contains(value, text, StringComparison.Ordinal);
                else Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
        Assert.Contains("Proces-verbaal van aangifte", text, StringComparison.Ordinal);
        Assert.Contains("SV-162", text, StringComparison.Ordinal);
        Assert.Contains("Wetboek van Strafvordering art. 162", text, StringComparison.Ordinal);
        // The registry version the disclosure was approved under (the seeded bases start at version 1).
        Assert.Contains("Versie in het register", text, StringComparison.Ordinal);
        Assert.DoesNotContain("zoals nu in het register", text, StringComparison.Ordinal);
        Assert.Contains("officer-anna (ind-officer)", text, StringComparison.Ordinal);
        Assert.Contains("reviewer-dirk (legal-reviewer)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FormalReportKit.Values.SelectMany(v => v.Value), v => _app.Logs.Any(l => l.Contains(v, StringComparison.OrdinalIgnoreCase)));

        FormalReportKit.ScreenshotFirstPage(pdf, $"formal-report-{GetType().Name}");
    }

    [DatabaseFact]
    public async Task Verify_release_accepts_the_download_and_rejects_a_copy_with_one_byte_changed()
    {
        var id = await _app.ReleasedCaseAsync();
        var pdf = await PdfAsync(await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report"));
        var dir = Directory.CreateTempSubdirectory("obidossier-release-").FullName;
        var original = Path.Combine(dir, "report.pdf");
        await File.WriteAllBytesAsync(original, pdf);
        var changed = Path.Combine(dir, "changed.pdf");
        var copy = pdf.ToArray();
        copy[copy.Length / 3] ^= 0x01;
        await File.WriteAllBytesAsync(changed, copy);

        var certificate = _app.Services.GetRequiredService<ReleaseSigningCertificate>().Path;
        Assert.StartsWith(Path.Combine(_app.DataDir, "keys"), certificate, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));

        var (exit, output) = await VerifyAsync(original);
        Assert.True(exit == 0, output);
        Assert.Contains("AUTHENTIC", output, StringComparison.Ordinal);

        (exit, output) = await VerifyAsync(changed);
        Assert.Equal(1, exit);
        Assert.Contains("NOT VERIFIED", output, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Only_the_recipients_of_the_approved_disclosure_get_it()
    {
        var id = await _app.ReleasedCaseAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Prosecutor("prosecutor-gijs").GetAsync($"/api/v1/cases/{id}/formal-report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Prosecutor().GetAsync($"/api/v1/cases/{Guid.NewGuid()}/formal-report")).StatusCode);
        foreach (var other in new[] { _app.Officer(), _app.Reviewer(), _app.Auditor(), _app.Admin() })
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/cases/{id}/formal-report")).StatusCode);
    }

    [DatabaseFact]
    public async Task Before_release_there_is_no_report_even_for_the_flagging_prosecutor()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync(FormalReportKit.PersonalData());
        await officer.ActOkAsync(id, "submit");
        await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();
        await _app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation." });

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report")).StatusCode);
    }

    [DatabaseFact]
    public async Task Every_download_is_in_the_audit_trail_and_the_processing_log_under_the_disclosure_basis()
    {
        var id = await _app.ReleasedCaseAsync();
        await PdfAsync(await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report"));
        await _app.Prosecutor("prosecutor-gijs").GetAsync($"/api/v1/cases/{id}/formal-report");

        var auditor = _app.Auditor();
        var audit = await (await auditor.GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        var downloads = audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == FormalReportService.Download.AuditAction).ToList();
        var ok = Assert.Single(downloads, e => e.GetProperty("outcome").GetString() == "succeeded");
        Assert.Equal("prosecutor-carla", ok.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("SV-162", ok.GetProperty("legalBasisCode").GetString());
        var refused = Assert.Single(downloads, e => e.GetProperty("outcome").GetString() == "refused");
        Assert.Equal(404, refused.GetProperty("statusCode").GetInt32());
        Assert.DoesNotContain(FormalReportKit.Values.SelectMany(v => v.Value), v => audit.GetRawText().Contains(v, StringComparison.OrdinalIgnoreCase));

        var log = await (await auditor.GetAsync($"/api/v1/processing-log?caseId={id}&processingActivityId={ProcessingActivities.DisclosureToOm}")).OkJsonAsync();
        var record = Assert.Single(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("name").GetString() == "formal-report.download");
        Assert.Equal("prosecutor-carla", record.GetProperty("actorId").GetString());
        Assert.Equal("SV-162", record.GetProperty("legalBasisCode").GetString());
        Assert.DoesNotContain(FormalReportKit.Values.SelectMany(v => v.Value), v => log.GetRawText().Contains(v, StringComparison.OrdinalIgnoreCase));
    }

    [DatabaseFact]
    public async Task Verify_release_rejects_a_report_signed_with_another_certificate_or_extended_after_signing()
    {
        var id = await _app.ReleasedCaseAsync();
        var pdf = await PdfAsync(await _app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report"));
        var own = _app.Services.GetRequiredService<ReleaseSigningCertificate>().GetOrCreate();

        var extended = pdf.Concat("\n% appended\n"u8.ToArray()).ToArray();
        Assert.Contains("whole file", ReleaseVerifier.Verify(extended, own).Reason, StringComparison.Ordinal);

        using var key = RSA.Create(2048);
        using var foreign = new CertificateRequest("CN=Not ObiDossier", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var facts = new FormalReportFacts("1F-2026-999999", new CaseSummary { Title = "t" }, [new("fullName", "x")],
            new LegalBasisAsApproved("SV-162", "t", "a", 1), "Wjsg", "OM", "d", DateTimeOffset.UtcNow, "a", DateTimeOffset.UtcNow, "r", DateTimeOffset.UtcNow, Guid.NewGuid());
        var forged = await FormalReportDocument.CreateAsync(facts, _app.Services.GetRequiredService<IStringLocalizer<UiText>>(), foreign);
        var verdict = ReleaseVerifier.Verify(forged, own);
        Assert.False(verdict.Authentic);
        Assert.Contains("not this service's own", verdict.Reason, StringComparison.Ordinal);
        Assert.True(ReleaseVerifier.Verify(forged, foreign).Authentic);
    }

    private async Task<(int Exit, string Output)> VerifyAsync(string file)
    {
        var output = new StringWriter();
        var exit = await VerifyReleaseVerb.RunAsync([file, $"--ObiDossier:DataDir={_app.DataDir}"], output, output);
        return (exit, output.ToString());
    }
}

/// <summary>After retention the report is gone with the data it was made from.</summary>
public sealed class FormalReportRetentionTests
{
    [Fact]
    public async Task After_retention_the_report_is_410_gone()
    {
        await using var app = JobsKit.NewApp();
        var id = await app.ReleasedCaseAsync();
        await app.Prosecutor().ActOkAsync(id, "acknowledge-receipt");

        app.SetNow(JobsKit.Start.AddYears(5).AddDays(1));
        Assert.Equal("personal data of 1 case(s) destroyed", await app.RunJobAsync(JobNames.Retention));

        Assert.Equal(HttpStatusCode.Gone, (await app.Prosecutor().GetAsync($"/api/v1/cases/{id}/formal-report")).StatusCode);
    }
}
