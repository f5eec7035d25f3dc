using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ObiDossier.Web.Jobs;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>Helpers for tests that drive the background jobs on a fake clock.</summary>
internal static class JobsKit
{
    /// <summary>Tuesday 24 November 2026, 10:00 UTC (11:00 in Amsterdam); the first Tuesday of December is the 1st.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static ObiDossierApplication NewApp(DateTimeOffset? start = null, string? dataDir = null)
    {
        var clock = new FakeTimeProvider(start ?? Start);
        return dataDir is null ? new ObiDossierApplication { Clock = clock } : new ObiDossierApplication { Clock = clock, DataDir = dataDir };
    }

    public static async Task<string> RunJobAsync(this ObiDossierApplication app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(name, CancellationToken.None);
    }

    public static void SetNow(this ObiDossierApplication app, DateTimeOffset now) => app.Clock!.SetUtcNow(now);

    /// <summary>A case through the anonymisation check: it waits in the queue.</summary>
    public static async Task<Guid> QueuedCaseAsync(this ObiDossierApplication app, string marker = "Qzx")
    {
        var id = await app.Officer().CreateCaseAsync(TestData.PersonalData(marker));
        await app.Officer().ActOkAsync(id, "submit");
        await app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        return id;
    }

    public static async Task<Guid> CreateSessionAsync(this ObiDossierApplication app, DateOnly date)
    {
        var session = await (await app.Admin().PostAsJsonAsync("/api/v1/sessions", new { date })).OkJsonAsync(HttpStatusCode.Created);
        return session.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> SessionAsync(this ObiDossierApplication app, Guid id) =>
        await (await app.Admin().GetAsync($"/api/v1/sessions/{id}")).OkJsonAsync();

    public static async Task<List<JsonElement>> NotificationsAsync(this HttpClient client, bool unread = false) =>
        [.. (await (await client.GetAsync($"/api/v1/notifications{(unread ? "?unread=true" : "")}")).OkJsonAsync()).EnumerateArray()];

    public static async Task<List<JsonElement>> HistoryAsync(this ObiDossierApplication app, Guid caseId) =>
        [.. (await (await app.Officer().GetAsync($"/api/v1/cases/{caseId}/history")).OkJsonAsync()).EnumerateArray()];
}
