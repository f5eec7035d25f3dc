using System.Net;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Database;

/// <summary>
/// Two instances of the service on one PostgreSQL database, as behind a load balancer: they
/// share the database and the data folder's keys, nothing in memory. (That a recurring job runs
/// once per occurrence across instances belongs with the background jobs, not here.)
/// </summary>
public sealed class SeveralInstancesTests
{
    private const int RacersPerHost = 4;

    [PostgresFact]
    public async Task Concurrent_triggers_from_two_hosts_leave_one_winner_and_the_audit_trail_verifies()
    {
        using var database = TestPostgres.CreateDatabase();
        var dataDir = Directory.CreateTempSubdirectory("obidossier-two-hosts-").FullName;
        using var a = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir);
        using var b = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir);
        // Both start at once: migrating and seeding race as they would on a rolling deploy.
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        var id = await a.Officer().CreateCaseAsync();
        Assert.Equal("Draft", await b.Officer().StateAsync(id));

        await RaceAsync(a, b, h => h.Officer(), id, "submit", null, "AnonymisationReview");
        await RaceAsync(a, b, h => h.SecondOfficer(), id, "approve-anonymisation", null, "Queued");
        await b.Admin().FreezeNextSessionAsync();
        await RaceAsync(a, b, h => h.Prosecutor(), id, "flag-interest", new { motivation = "Fits an open investigation." }, "InterestFlagged");
        await RaceAsync(a, b, h => h.Officer(), id, "draft-report",
            new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber" } }, "LegalReview");
        await RaceAsync(a, b, h => h.Reviewer(), id, "approve-disclosure", new { motivation = "Art. 162 Sv." }, "Released");

        // What one host released, the other decrypts with the shared keys.
        var data = await (await b.Prosecutor().GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        Assert.Equal("3019283746", data.GetProperty("vNumber").GetString());

        var history = await (await a.Officer().GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync();
        Assert.Equal(6, history.GetArrayLength());

        // Both hosts seal what is pending and verify at the same moment: two sealers race for the head.
        var verifications = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => ((i % 2 == 0) ? a : b).Auditor().GetAsync("/api/v1/audit/verify")));
        foreach (var response in verifications)
        {
            var verify = await response.OkJsonAsync();
            Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
        }
        var audit = await (await b.Auditor().GetAsync($"/api/v1/audit?caseId={id}")).OkJsonAsync();
        var refused = audit.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("outcome").GetString() == "refused");
        Assert.Equal(5 * (2 * RacersPerHost - 1), refused);
    }

    /// <summary>
    /// Fires one trigger on one case from <see cref="RacersPerHost"/> clients on each host at once:
    /// exactly one wins, every other gets 409 (a concurrent change won, or no longer possible), never a 500.
    /// </summary>
    private static async Task RaceAsync(ObiDossierApplication a, ObiDossierApplication b, Func<ObiDossierApplication, HttpClient> client,
        Guid id, string trigger, object? inputs, string expectedState)
    {
        var clients = Enumerable.Range(0, 2 * RacersPerHost).Select(i => client(i % 2 == 0 ? a : b)).ToList();
        using var start = new SemaphoreSlim(0);
        var racing = clients.Select(async c =>
        {
            await start.WaitAsync();
            return await c.ActAsync(id, trigger, inputs);
        }).ToList();
        start.Release(clients.Count);
        var responses = await Task.WhenAll(racing);

        var codes = responses.Select(r => r.StatusCode).ToList();
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.True(codes.Count(c => c == HttpStatusCode.OK) == 1, $"{trigger}: {string.Join("\n", bodies)}");
        Assert.True(codes.All(c => c is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity),
            $"{trigger}: {string.Join(", ", codes)}\n{string.Join("\n", a.Logs.Concat(b.Logs).Where(l => l.Contains("unhandled", StringComparison.OrdinalIgnoreCase)))}");
        foreach (var late in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            // flag-interest may fire again in its target state: a racer that read the case after the
            // winner committed is refused by the workflow's guard as a second flag of the same prosecutor.
            if (trigger == "flag-interest" && late.StatusCode == HttpStatusCode.UnprocessableEntity)
                Assert.Contains("interest-already-flagged", (await late.JsonAsync()).Codes());
            else
                Assert.True(late.StatusCode == HttpStatusCode.Conflict, $"{trigger}: {await late.Content.ReadAsStringAsync()}");
        }
        Assert.Equal(expectedState, await a.Officer().StateAsync(id));
    }
}
