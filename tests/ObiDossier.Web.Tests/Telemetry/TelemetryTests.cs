using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using ObiDossier.Web.Telemetry;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Telemetry;

/// <summary>
/// OpenTelemetry during the whole 1F path: the metrics operators need are produced, the request
/// spans carry the trace id the audit trail records, and no personal-data value nor any text a user
/// typed reaches a span, a metric or a log record.
/// </summary>
public sealed class TelemetryTests
{
    private const string Marker = "Tlq";

    /// <summary>Typed text: in every free-text input of the path, and in a filter a user typed into a URL.</summary>
    private const string Typed = "zqtypedtext";

    [Fact]
    public async Task The_1f_path_exports_its_metrics_and_no_personal_data_or_typed_text_in_spans_metrics_or_logs()
    {
        using var app = new TelemetryApplication();
        var officer = app.Officer();
        var prosecutor = app.Prosecutor();
        var summary = new { title = "Commander of a facility", narrative = $"Held a command position, noted as {Typed}.", countryOfOrigin = "Fictland" };
        var id = await officer.CreateCaseAsync(TestData.PersonalData(Marker), summary);
        await officer.ActOkAsync(id, "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.ActAsync(id, "approve-anonymisation")).StatusCode);
        await app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await app.Admin().FreezeNextSessionAsync();
        await prosecutor.ActOkAsync(id, "flag-interest", new { motivation = $"Interest {Typed}." });
        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber", "documentNumbers" }, motivation = $"Report {Typed}." });
        await app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = $"Holds {Typed}." });
        await (await prosecutor.GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        await (await officer.GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        await prosecutor.ActOkAsync(id, "acknowledge-receipt");
        await officer.GetAsync($"/api/v1/cases?state={Typed}");
        await app.Anonymous().GetAsync($"/zaken?state={Typed}");
        await app.RunJobAsync("outbox");
        var audit = await (await app.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        app.Flush();

        var spans = app.Spans.ToArray();
        var metrics = app.Metrics.ToArray();
        var leaks = new List<string>();
        foreach (var span in spans)
            Check(leaks, $"span {span.DisplayName}", SpanText(span));
        foreach (var metric in metrics)
            Check(leaks, $"metric {metric.Name}", MetricText(metric));
        foreach (var record in app.LogRecords)
            Check(leaks, "log record", record);
        Assert.Empty(leaks);

        // The request spans are the ones whose trace ids the audit trail records.
        var traceIds = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("traceId").GetString()).ToHashSet();
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && traceIds.Contains(s.TraceId.ToHexString()));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && s.Tags.Any(t => t.Key.StartsWith("db.", StringComparison.Ordinal)));
        Assert.NotEmpty(app.LogRecords);

        Assert.True(Sum(metrics, "obidossier.transitions", ("workflow", "1f-case"), ("trigger", "approve-disclosure"), ("outcome", "succeeded")) >= 1);
        Assert.True(Sum(metrics, "obidossier.transitions", ("trigger", "approve-anonymisation"), ("outcome", "refused")) >= 1);
        Assert.True(Sum(metrics, "obidossier.transitions", ("workflow", "consultation-session"), ("trigger", "freeze-agenda")) >= 1);
        Assert.True(Sum(metrics, "obidossier.refusals", ("reason", "four-eyes-anonymisation")) >= 1);
        Assert.True(Sum(metrics, "obidossier.disclosures", ("legal_basis", "SV-162")) >= 1);
        Assert.True(Sum(metrics, "obidossier.personal_data.reads", ("role", "om-prosecutor")) >= 1);
        Assert.True(Sum(metrics, "obidossier.jobs.runs", ("job", "outbox"), ("outcome", "succeeded")) >= 1);
        Assert.Contains(metrics, m => m.Name == "obidossier.outbox.backlog");
        Assert.Contains(metrics, m => m.Name == "obidossier.audit.unsealed");
        Assert.Contains(metrics, m => m.Name == "obidossier.audit.seal_lag");
    }

    [Fact]
    public void Telemetry_is_off_without_an_otlp_endpoint_and_on_with_one()
    {
        static IConfiguration With(params (string Key, string Value)[] settings) =>
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

        Assert.False(TelemetrySetup.IsConfigured(With()));
        Assert.False(TelemetrySetup.IsConfigured(With(("OTEL_SERVICE_NAME", "obidossier-test"))));
        Assert.True(TelemetrySetup.IsConfigured(With(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"))));
        Assert.True(TelemetrySetup.IsConfigured(With(("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces"))));

        using var app = new ObiDossierApplication();
        _ = app.Services;
        Assert.Null(app.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    private static void Check(List<string> leaks, string where, string text)
    {
        foreach (var value in TestData.Markers(Marker).Append(Typed))
            if (text.Contains(value, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{where} holds '{value}': {text}");
    }

    private static string SpanText(Activity span)
    {
        var text = new StringBuilder().Append(span.DisplayName).Append(' ').Append(span.OperationName).Append(' ')
            .Append(span.Status).Append(' ').Append(span.StatusDescription).Append(' ');
        foreach (var tag in span.TagObjects) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
        foreach (var e in span.Events)
        {
            text.Append(e.Name).Append(' ');
            foreach (var tag in e.Tags) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
        }
        foreach (var link in span.Links)
            foreach (var tag in link.Tags ?? []) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
        foreach (var item in span.Baggage) text.Append(item.Key).Append('=').Append(item.Value).Append(' ');
        return text.ToString();
    }

    private static string MetricText(MetricSnapshot metric)
    {
        var text = new StringBuilder().Append(metric.Name).Append(' ').Append(metric.Description).Append(' ').Append(metric.Unit).Append(' ');
        foreach (var point in metric.MetricPoints)
            foreach (var tag in point.Tags) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
        return text.ToString();
    }

    /// <summary>The latest cumulative sum of a counter over the points that carry all the given tags.</summary>
    private static long Sum(IEnumerable<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags)
    {
        var latest = metrics.LastOrDefault(m => m.Name == name);
        if (latest is null) return 0;
        long sum = 0;
        foreach (var point in latest.MetricPoints)
        {
            var pointTags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags) pointTags[tag.Key] = tag.Value;
            if (tags.All(t => pointTags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))) sum += point.GetSumLong();
        }
        return sum;
    }
}
