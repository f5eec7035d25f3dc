using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Cases;

/// <summary>
/// The case aggregate is loaded through compiled queries (<c>CaseQueries</c>). A compiled query
/// keeps the executor of the provider it first ran on, so one process with two providers must
/// get a set per provider: here SQLite and PostgreSQL take turns in one process.
/// </summary>
public sealed class CaseQueriesTests
{
    [PostgresFact]
    public async Task Sqlite_and_PostgreSQL_hosts_in_one_process_each_load_cases_through_their_own_queries()
    {
        using var sqlite = new ObiDossierApplication();
        using var postgres = new PostgresApplication();
        ObiDossierApplication[] apps = [sqlite, postgres, sqlite, postgres];
        var ids = new Dictionary<ObiDossierApplication, Guid>();
        foreach (var app in apps) ids[app] = await app.Officer().CreateCaseAsync();

        // Each step alternates providers, so whichever ran first would have compiled the other's queries.
        foreach (var app in apps.Take(2)) await app.Officer().ActOkAsync(ids[app], "submit");
        foreach (var app in apps.Take(2))
            await app.SecondOfficer().ActOkAsync(ids[app], "reject-anonymisation", new { motivation = "Names a facility." });
        foreach (var app in apps.Take(2)) await app.Officer().ActOkAsync(ids[app], "submit");
        foreach (var app in apps.Take(2))
            Assert.Equal("Queued", (await app.SecondOfficer().ActOkAsync(ids[app], "approve-anonymisation")).GetProperty("state").GetString());

        foreach (var app in apps.Take(2))
        {
            var history = await (await app.Officer().GetAsync($"/api/v1/cases/{ids[app]}/history")).OkJsonAsync();
            Assert.Equal(["submit", "reject-anonymisation", "submit", "approve-anonymisation"],
                history.EnumerateArray().Select(h => h.GetProperty("trigger").GetString()));
        }
    }
}
