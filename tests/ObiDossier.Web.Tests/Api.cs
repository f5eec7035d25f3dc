using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ObiDossier.Web.Tests;

/// <summary>Small helpers over the HTTP API, so tests read as the path they walk.</summary>
internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text.Length == 0 ? "null" : text).RootElement.Clone();
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<Guid> CreateCaseAsync(this HttpClient officer, object? personalData = null, object? summary = null)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            summary = summary ?? TestData.Summary(),
            personalData = personalData ?? TestData.PersonalData(),
        });
        var json = await response.OkJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>Edits a case as a careful client does: reads its ETag first and sends it as If-Match (required on PUT).</summary>
    public static async Task<HttpResponseMessage> PutCaseAsync(this HttpClient client, Guid caseId, object body)
    {
        var read = await client.GetAsync($"/api/v1/cases/{caseId}");
        Assert.True(read.IsSuccessStatusCode, $"Expected to read the case, got {(int)read.StatusCode}");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{caseId}") { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        return await client.SendAsync(put);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid caseId, string trigger, object? inputs = null) =>
        client.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions/{trigger}", inputs ?? new { });

    public static async Task<JsonElement> ActOkAsync(this HttpClient client, Guid caseId, string trigger, object? inputs = null) =>
        await (await client.ActAsync(caseId, trigger, inputs)).OkJsonAsync();

    public static async Task<string> StateAsync(this HttpClient client, Guid caseId) =>
        (await (await client.GetAsync($"/api/v1/cases/{caseId}")).OkJsonAsync()).GetProperty("state").GetString()!;

    /// <summary>Schedules a session and freezes its agenda, putting every queued case on it.</summary>
    public static async Task<Guid> FreezeNextSessionAsync(this HttpClient admin, DateOnly? date = null)
    {
        date ??= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7 + Random.Shared.Next(1, 3000));
        var session = await (await admin.PostAsJsonAsync("/api/v1/sessions", new { date })).OkJsonAsync(HttpStatusCode.Created);
        var id = session.GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/sessions/{id}/actions/freeze-agenda", null)).OkJsonAsync();
        return id;
    }

    /// <summary>Every audit entry (of one case, if given), page by page. Each page is itself a search, audited as such.</summary>
    public static async Task<List<JsonElement>> AuditEntriesAsync(this HttpClient auditor, Guid? caseId = null)
    {
        var all = new List<JsonElement>();
        long? cursor = null;
        do
        {
            var query = string.Join('&', new[] { caseId is null ? null : $"caseId={caseId}", cursor is null ? null : $"cursor={cursor}" }.Where(q => q is not null));
            var page = await (await auditor.GetAsync($"/api/v1/audit?{query}")).OkJsonAsync();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64();
        }
        while (cursor is not null);
        return all;
    }

    public static IEnumerable<string> Codes(this JsonElement problem) =>
        problem.GetProperty("unmetConditions").EnumerateArray().Select(c => c.GetProperty("code").GetString()!);

    public static IEnumerable<string> Triggers(this JsonElement view, string property = "allowedActions") =>
        view.GetProperty(property).EnumerateArray().Select(a => a.GetProperty("trigger").GetString()!);
}

/// <summary>Fictional people only. Each value carries a marker so that leaks can be searched for.</summary>
internal static class TestData
{
    public static object Summary() => new
    {
        title = "Former commander of a detention facility",
        narrative = "The person held a command position in a detention facility where detainees were tortured between 1994 and 1996.",
        countryOfOrigin = "Fictland",
        periodFrom = "1994",
        periodTo = "1996",
        suspectedCrimes = new[] { "torture", "crimes against humanity" },
        positionHeld = "facility commander",
    };

    public static Dictionary<string, object> PersonalData(string marker = "Qzx") => new()
    {
        ["fullName"] = $"Arvid {marker}ellington Vortmann",
        ["aliases"] = new[] { $"Arvo {marker}ton" },
        ["dateOfBirth"] = "1961-03-14",
        ["placeOfBirth"] = $"{marker}ville",
        ["nationality"] = "Fictlandic",
        ["vNumber"] = "3019283746",
        ["documentNumbers"] = new[] { $"{marker.ToUpperInvariant()}K9L8M7" },
        ["address"] = $"{marker}straat 12, 1234 AB Utrecht",
    };

    /// <summary>The values of <see cref="PersonalData"/> that are distinctive enough to search files for.</summary>
    public static IEnumerable<string> Markers(string marker = "Qzx") =>
        [$"{marker}ellington", $"Arvo {marker}ton", $"{marker}ville", "3019283746", $"{marker.ToUpperInvariant()}K9L8M7", $"{marker}straat"];
}
