using System.Text.Json;

namespace ObiDossier.Web.Tests.Audit;

/// <summary>Who searched the audit trail or the processing log, and for what, is itself in the trail.</summary>
public sealed class AuditSearchTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public AuditSearchTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task A_search_of_the_audit_trail_is_an_audit_entry_naming_the_searcher_and_the_filters()
    {
        var id = await _app.Officer().CreateCaseAsync();
        var auditor = _app.Auditor();

        await (await auditor.GetAsync($"/api/v1/audit?caseId={id}&actor=officer-anna&from=2026-01-01T00:00:00Z")).OkJsonAsync();

        var entry = Assert.Single(await EntriesAsync(id), e => e.GetProperty("action").GetString() == "audit.search"
            && e.GetProperty("reasons").EnumerateArray().Any(r => r.GetString() == "actor=officer-anna"));
        Assert.Equal("auditor-eva", entry.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(id, entry.GetProperty("caseId").GetGuid());
        var reasons = entry.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains($"caseId={id}", reasons);
        Assert.Contains("from=2026-01-01T00:00:00.0000000Z", reasons);
    }

    [Fact]
    public async Task A_search_of_the_processing_log_is_audited_and_a_free_text_filter_is_not_copied_into_the_trail()
    {
        var id = await _app.Officer().CreateCaseAsync();

        await (await _app.Auditor().GetAsync($"/api/v1/processing-log?caseId={id}&traceId=Arvid%20Qzxellington")).OkJsonAsync();

        var entry = (await EntriesAsync(id)).Last(e => e.GetProperty("action").GetString() == "processing-log.search");
        var reasons = entry.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains($"caseId={id}", reasons);
        Assert.Contains("traceId=(other)", reasons);
        Assert.DoesNotContain("Qzx", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_search_is_audited_as_refused()
    {
        await _app.Auditor().GetAsync("/api/v1/processing-log");

        var entries = await EntriesAsync(null);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "processing-log.search"
            && e.GetProperty("outcome").GetString() == "refused" && e.GetProperty("statusCode").GetInt32() == 400);
    }

    private Task<List<JsonElement>> EntriesAsync(Guid? caseId) => _app.Auditor().AuditEntriesAsync(caseId);
}
