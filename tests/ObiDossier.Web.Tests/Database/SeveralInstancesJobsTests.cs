using Microsoft.Extensions.Time.Testing;
using ObiDossier.Testing;
using ObiDossier.Web.Jobs;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Database;

/// <summary>
/// One occurrence of a recurring job, run by two instances on one PostgreSQL database at the same
/// moment (as when both schedulers fire it), takes effect once: jobs derive their work from stored
/// state and every write is guarded by a unique key or a concurrency token.
/// </summary>
public sealed class SeveralInstancesJobsTests
{
    [PostgresFact]
    public async Task A_job_occurrence_run_by_two_hosts_at_once_takes_effect_once()
    {
        using var database = TestPostgres.CreateDatabase();
        var dataDir = Directory.CreateTempSubdirectory("obidossier-two-hosts-jobs-").FullName;
        using var a = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir, new FakeTimeProvider(JobsKit.Start));
        using var b = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir, new FakeTimeProvider(JobsKit.Start));
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        await Task.WhenAll(a.RunJobAsync(JobNames.CreateSessions), b.RunJobAsync(JobNames.CreateSessions));
        var sessions = (await (await a.Officer().GetAsync("/api/v1/sessions")).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["2026-12-01", "2027-01-05", "2027-02-02"], sessions.Select(s => s.GetProperty("date").GetString()));

        var queued = new[] { await a.QueuedCaseAsync(), await b.QueuedCaseAsync(), await a.QueuedCaseAsync() };
        await Task.WhenAll(a.RunJobAsync(JobNames.FreezeAgendas), b.RunJobAsync(JobNames.FreezeAgendas));

        var first = await (await b.Officer().GetAsync($"/api/v1/sessions/{sessions[0].GetProperty("id").GetGuid()}")).OkJsonAsync();
        Assert.Equal("AgendaFrozen", first.GetProperty("state").GetString());
        Assert.Equal(queued.Order(), first.GetProperty("agenda").EnumerateArray().Select(e => e.GetGuid()).Order());
        foreach (var id in queued)
        {
            var history = await (await a.Officer().GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync();
            Assert.Single(history.EnumerateArray(), h => h.GetProperty("trigger").GetString() == "agenda-frozen");
            Assert.Equal("OnAgenda", await b.Officer().StateAsync(id));
        }
        var verify = await (await a.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
    }
}
