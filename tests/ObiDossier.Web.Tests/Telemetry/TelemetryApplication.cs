using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ObiDossier.Web.Telemetry;

namespace ObiDossier.Web.Tests.Telemetry;

/// <summary>
/// The host with the service's own OpenTelemetry set-up, exporting into memory instead of OTLP:
/// spans and metrics through OpenTelemetry's in-memory exporter, log records as the text an
/// exporter would send (category, body, every attribute, exception).
/// </summary>
public sealed class TelemetryApplication : ObiDossierApplication
{
    public List<Activity> Spans { get; } = [];
    public List<MetricSnapshot> Metrics { get; } = [];
    public ConcurrentQueue<string> LogRecords { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddObiDossierOpenTelemetry(new ConfigurationBuilder().Build())
            .WithTracing(t => t.AddInMemoryExporter(Spans))
            .WithMetrics(m => m.AddInMemoryExporter(Metrics))
            .WithLogging(l => l.AddProcessor(new SimpleLogRecordExportProcessor(new TextExporter(LogRecords)))));
    }

    /// <summary>Everything recorded so far reaches the lists.</summary>
    public void Flush()
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        Services.GetRequiredService<LoggerProvider>().ForceFlush();
    }

    /// <summary>Log records are pooled by the SDK: keep their text, not the records.</summary>
    private sealed class TextExporter(ConcurrentQueue<string> lines) : BaseExporter<LogRecord>
    {
        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            foreach (var r in batch)
                lines.Enqueue($"{r.CategoryName} {r.EventId} {r.Body} {r.FormattedMessage} " +
                              string.Join(" ", (r.Attributes ?? []).Select(a => $"{a.Key}={a.Value}")) + $" {r.Exception}");
            return ExportResult.Success;
        }
    }
}
