using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ObiDossier.Web.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs, configured by the standard <c>OTEL_*</c> settings
/// (environment variables, or any other configuration source) and exported over OTLP. Without an
/// OTLP endpoint nothing is registered at all: no exporter, no listener, no cost.
/// </summary>
/// <remarks>
/// The request span is ASP.NET Core's own activity, the one whose trace id the audit trail and the
/// processing log record, so an operator can go from a trace to the audit entries of that request.
/// What reaches a span is kept to ids and vocabularies: query strings are dropped (UI filters may
/// hold typed text), exceptions are not recorded (messages may quote input), and database spans
/// carry neither parameter values nor statement text.
/// </remarks>
internal static class TelemetrySetup
{
    /// <summary>The settings that switch export on; the OTLP exporter reads these (and the other <c>OTEL_*</c>) itself.</summary>
    public static readonly string[] EndpointSettings =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"];

    public const string DefaultServiceName = "obidossier";

    public static bool IsConfigured(IConfiguration configuration) =>
        EndpointSettings.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    public static IServiceCollection AddObiDossierTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsConfigured(configuration)) services.AddObiDossierOpenTelemetry(configuration).UseOtlpExporter();
        return services;
    }

    /// <summary>The sources, instruments and privacy rules, without an exporter (tests add an in-memory one).</summary>
    public static IOpenTelemetryBuilder AddObiDossierOpenTelemetry(this IServiceCollection services, IConfiguration configuration) =>
        services.AddOpenTelemetry()
            .ConfigureResource(r =>
            {
                // OTEL_SERVICE_NAME wins when it is set; otherwise the service has a name rather than unknown_service.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"])) r.AddService(DefaultServiceName);
            })
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.RecordException = false;
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(o =>
                {
                    o.RecordException = false;
                    o.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { } uri) activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
                    };
                })
                // Parameter values are off by default (SetDbQueryParameters); the sanitised statement text goes too.
                .AddEntityFrameworkCoreInstrumentation(o =>
                {
                    o.EnrichWithIDbCommand = (activity, _) =>
                    {
                        activity.SetTag("db.query.text", null);
                        activity.SetTag("db.statement", null);
                    };
                }))
            .WithMetrics(m => m
                .AddMeter(ObiMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();
}
