using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ObiDossier.Web.Tests.Resilience;

/// <summary>
/// The host under concurrent load is killed with SIGKILL at random moments and restarted: every
/// acknowledged transition is there, nothing is half-done, and the audit trail verifies.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CrashTests
{
    private const int Rounds = 3;
    private const int Workers = 6;

    [Fact]
    public async Task Killed_at_random_moments_under_load_the_host_keeps_every_acknowledged_transition()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-crash-").FullName;
        var tokens = new Dictionary<string, string>();
        foreach (var (user, role) in new[] { ("anna", "ind-officer"), ("bram", "ind-officer"), ("eva", "auditor") })
        {
            var (exit, token) = await ConsoleCollection.RunCapturingAsync(["dev-token", "--user", user, "--role", role, $"--ObiDossier:DataDir={dataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"]);
            Assert.Equal(0, exit);
            tokens[user] = token.Trim();
        }

        var acknowledged = new ConcurrentBag<(Guid Case, string Trigger, long Version)>();
        var created = new ConcurrentBag<Guid>();
        for (var round = 0; round < Rounds; round++)
        {
            await using var host = await HostProcess.StartAsync(dataDir);
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => DriveAsync(host, tokens, acknowledged, created, stop.Token))).ToList();
            // Kill at a random moment once the load is really running (a busy machine starts slowly),
            // bounded in time either way.
            var before = acknowledged.Count;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (acknowledged.Count < before + 10 && DateTime.UtcNow < deadline) await Task.Delay(50);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1500)));
            await host.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        await using var final = await HostProcess.StartAsync(dataDir);
        using var officer = final.Client(tokens["anna"]);
        using var auditor = final.Client(tokens["eva"]);
        Assert.True(acknowledged.Count > 20, $"only {acknowledged.Count} transitions were acknowledged: the load did not run");

        foreach (var (caseId, trigger, version) in acknowledged)
        {
            var history = await (await officer.GetAsync($"/api/v1/cases/{caseId}/history")).OkJsonAsync();
            // Version n is reached by the (n-1)th transition: the acknowledged one must be exactly there.
            var rows = history.EnumerateArray().ToList();
            Assert.True(rows.Count >= version - 1, $"{caseId}: acknowledged {trigger} at version {version} is missing");
            Assert.Equal(trigger, rows[(int)version - 2].GetProperty("trigger").GetString());
        }

        foreach (var caseId in created.Distinct())
        {
            var response = await officer.GetAsync($"/api/v1/cases/{caseId}");
            if (response.StatusCode == HttpStatusCode.NotFound) continue; // its creation was never acknowledged
            var view = await response.OkJsonAsync();
            var rows = (await (await officer.GetAsync($"/api/v1/cases/{caseId}/history")).OkJsonAsync()).EnumerateArray().ToList();
            Assert.Equal(view.GetProperty("version").GetInt64() - 1, rows.Count);
            Assert.Equal(rows.Count == 0 ? "Draft" : rows[^1].GetProperty("to").GetString(), view.GetProperty("state").GetString());
            var audit = await (await auditor.GetAsync($"/api/v1/audit?caseId={caseId}")).OkJsonAsync();
            var succeeded = audit.GetProperty("items").EnumerateArray()
                .Count(e => e.GetProperty("outcome").GetString() == "succeeded" && e.GetProperty("action").GetString()!.StartsWith("case.trigger.", StringComparison.Ordinal));
            Assert.Equal(rows.Count, succeeded);
        }

        var verify = await (await auditor.GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
    }

    /// <summary>One client's loop: create, submit, approve (as the second officer), withdraw; record what was acknowledged.</summary>
    private static async Task DriveAsync(HostProcess host, Dictionary<string, string> tokens,
        ConcurrentBag<(Guid, string, long)> acknowledged, ConcurrentBag<Guid> created, CancellationToken stop)
    {
        using var officer = host.Client(tokens["anna"]);
        using var second = host.Client(tokens["bram"]);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var id = Guid.Empty;
                var response = await officer.PostAsJsonAsync("/api/v1/cases", new { summary = TestData.Summary(), personalData = TestData.PersonalData() }, stop);
                if (response.StatusCode != HttpStatusCode.Created) continue;
                id = (await response.JsonAsync()).GetProperty("id").GetGuid();
                created.Add(id);
                foreach (var (client, trigger, inputs) in new (HttpClient, string, object)[]
                         {
                             (officer, "submit", new { }), (second, "approve-anonymisation", new { }),
                             (officer, "withdraw", new { motivation = "Load test." }),
                         })
                {
                    var act = await client.PostAsJsonAsync($"/api/v1/cases/{id}/actions/{trigger}", inputs, stop);
                    if (act.StatusCode != HttpStatusCode.OK) break;
                    acknowledged.Add((id, trigger, (await act.JsonAsync()).GetProperty("version").GetInt64()));
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or JsonException)
        {
            // The host died under us: whatever was not acknowledged may or may not be there.
        }
    }
}
