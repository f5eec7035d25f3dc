using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>Clients and helpers for walking the OBI desk over HTTP.</summary>
internal static class ObiDesk
{
    public const string Signals = "/api/v1/obi/signals";
    public const string Reports = "/api/v1/obi/reports";

    /// <summary>The reporter of the marker tests: values that occur nowhere else, so finding one anywhere is a leak.</summary>
    public static object Reporter(string marker = "Qoravex") => new
    {
        name = $"Zhanar {marker}",
        phone = "+31 6 1234 9876",
        email = $"{marker.ToLowerInvariant()}.melder@example.org",
    };

    /// <summary>The values of <see cref="Reporter"/> as they could appear anywhere (the phone as digits too).</summary>
    public static string[] ReporterMarkers(string marker = "Qoravex") => [marker, "1234 9876", "12349876", $"{marker.ToLowerInvariant()}.melder"];

    public static object Signal(string period, string stateActor = "IR", string conduct = "intimidation", string target = "community",
        string instrument = "online", string? narrative = null, string? region = "NL-ZH") => new
    {
        stateActor, conduct, instrument, target,
        community = "Iraanse diaspora",
        region,
        period,
        effect = "zelfcensuur",
        narrative = narrative ?? "Leden van de gemeenschap worden na een bijeenkomst benaderd door iemand die zegt namens de ambassade te spreken.",
        referredToPolice = false,
    };

    public static HttpClient Intake(this ObiDossierApplication app, string user = "intake-ilse", string organisation = ObiOrganisations.Politie) =>
        app.Client(user, ObiRoles.Intake, organisation);
    public static HttpClient Analyst(this ObiDossierApplication app, string user = "analyst-aron") => app.Client(user, ObiRoles.Analyst, ObiOrganisations.Nctv);
    public static HttpClient Coordinator(this ObiDossierApplication app, string user = "coordinator-cato") => app.Client(user, ObiRoles.Coordinator, ObiOrganisations.Nctv);
    public static HttpClient Partner(this ObiDossierApplication app, string user = "partner-pim", string organisation = ObiOrganisations.Bz) =>
        app.Client(user, ObiRoles.Partner, organisation);

    public static async Task<Guid> RecordSignalAsync(this HttpClient intake, object signal, object? reporter = null)
    {
        var json = await (await intake.PostAsJsonAsync(Signals, new { signal, reporter = reporter ?? Reporter() })).OkJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ActOnSignalAsync(this HttpClient client, Guid id, string trigger, object? inputs = null) =>
        client.PostAsJsonAsync($"{Signals}/{id}/actions/{trigger}", inputs ?? new { });

    public static Task<HttpResponseMessage> ActOnReportAsync(this HttpClient client, Guid id, string trigger, object? inputs = null) =>
        client.PostAsJsonAsync($"{Reports}/{id}/actions/{trigger}", inputs ?? new { });

    /// <summary>Records, submits and has a second officer of the same organisation share a signal.</summary>
    public static async Task<Guid> ShareSignalAsync(this ObiDossierApplication app, object signal, string organisation = ObiOrganisations.Politie)
    {
        var id = await app.Intake("intake-ilse", organisation).RecordSignalAsync(signal);
        await (await app.Intake("intake-ilse", organisation).ActOnSignalAsync(id, "submit")).OkJsonAsync();
        await (await app.Intake("intake-ivo", organisation).ActOnSignalAsync(id, "approve-anonymisation")).OkJsonAsync();
        return id;
    }

    /// <summary>Edits with the ETag just read, as a careful client does.</summary>
    public static async Task<HttpResponseMessage> PutWithETagAsync(this HttpClient client, string path, object body)
    {
        var read = await client.GetAsync(path);
        Assert.True(read.IsSuccessStatusCode, $"Expected to read {path}, got {(int)read.StatusCode}");
        using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        return await client.SendAsync(put);
    }

    public static JsonElement Cell(this JsonElement report, string dimension, string value) =>
        report.GetProperty("figures").EnumerateArray().Single(c => c.GetProperty("dimension").GetString() == dimension && c.GetProperty("value").GetString() == value);

    public static string State(this JsonElement json) => json.GetProperty("state").GetString()!;
}
