using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Domain.Workflows;
using ObiDossier.Testing;
using ObiDossier.Web.Tests.Pages;

namespace ObiDossier.Web.Tests.Security;

/// <summary>Every route and page an om-prosecutor can reach, on SQLite.</summary>
public sealed class SqliteOmReachabilityTests(ObiDossierApplication app) : OmReachabilityTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same on PostgreSQL.</summary>
[RunsOnPostgres]
public sealed class PostgresOmReachabilityTests(PostgresApplication app) : OmReachabilityTests(app), IClassFixture<PostgresApplication>;

/// <summary>
/// The guarantee (README, "What OM reads") as a sweep: personal data (the case's own vault values) are written into
/// every free-text field IND can fill — remarks, override motivations, a rejected answer, review
/// and disclosure motivations, a break-glass reason, a team member's name. Then every route and
/// page in the app's own endpoint list is asked, as the prosecutor who flagged interest, for
/// this case: no answer holds a marked value before the disclosure; after it, exactly the released
/// fields appear, and only where released personal data are shown.
/// </summary>
public abstract class OmReachabilityTests
{
    private const string Carla = "prosecutor-carla";
    private static readonly string[] Released = ["Qzxellington", "3019283746"];          // fullName and vNumber
    private static readonly string[] NeverReleased = ["Qzxville", "Arvo Qzxton", "QZXK9L8M7", "Qzxstraat"];

    private readonly ObiDossierApplication _app;

    protected OmReachabilityTests(ObiDossierApplication app) => _app = app;

    [DatabaseFact]
    public async Task No_om_answer_holds_personal_data_before_the_disclosure_and_exactly_the_released_fields_after_it()
    {
        var (id, session) = await CaseWithPersonalDataInEveryIndTextAsync();
        var api = _app.Prosecutor(Carla);
        var browser = await _app.SignedInAsync(Carla);

        var before = await SweepAsync(api, browser, id, session);
        Assert.Contains(before, r => r.Url == $"/zaken/{id}" && r.Status == HttpStatusCode.OK);
        Assert.Contains(before, r => r.Url == $"/api/v1/cases/{id}/history" && r.Status == HttpStatusCode.OK);
        Assert.Empty(before.SelectMany(r => Hits(r, [.. Released, .. NeverReleased])));

        await ReleaseAsync(id);
        var after = await SweepAsync(api, browser, id, session);

        Assert.Empty(after.SelectMany(r => Hits(r, NeverReleased)));
        var showingData = after.Where(r => r.Url.EndsWith("/personal-data", StringComparison.Ordinal) || r.Url.EndsWith("/vrijgegeven", StringComparison.Ordinal)
                                           || r.Url.EndsWith("/persoonsgegevens", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, showingData.Count);
        Assert.All(showingData, r => Assert.All(Released, value => Assert.Contains(value, r.Body, StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(after.Except(showingData).SelectMany(r => Hits(r, Released)));
    }

    private sealed record Answer(string Url, HttpStatusCode Status, string Body);

    private static IEnumerable<string> Hits(Answer answer, IEnumerable<string> values) =>
        values.Where(v => answer.Body.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{answer.Url} ({(int)answer.Status}) shows '{v}'");

    /// <summary>Every GET route and page of the endpoint list, each parameter filled for this case, plus the CSV export and a refused action's answer.</summary>
    private async Task<List<Answer>> SweepAsync(HttpClient api, HttpClient browser, Guid caseId, Guid sessionId)
    {
        var triggers = _app.Services.GetRequiredService<WorkflowEngine>().Catalog.Latest("1f-case").Triggers.Select(t => t.Name).ToList();
        var urls = new SortedSet<string>(StringComparer.Ordinal) { "/dashboard?handler=Csv", "/api/v1/notifications?limit=200" };
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!methods.Contains("GET") || pattern is "/logout" or "/login" || pattern.StartsWith("/hangfire", StringComparison.Ordinal)) continue;
            var id = pattern.Contains("session", StringComparison.Ordinal) || pattern.Contains("zitting", StringComparison.Ordinal) ? sessionId : caseId;
            var path = pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{code:int}", "404", StringComparison.Ordinal).Replace("{name}", "1f-case", StringComparison.Ordinal)
                .Replace("{code}", "SV-162", StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal).Replace("{documentName?}", "v1", StringComparison.Ordinal);
            foreach (var trigger in path.Contains("{trigger}", StringComparison.Ordinal) ? triggers : [""])
                urls.Add(path.Replace("{trigger}", trigger, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(urls, u => u.Contains('{'));

        var answers = new List<Answer>();
        foreach (var url in urls)
        {
            var client = url.StartsWith("/api/", StringComparison.Ordinal) ? api : browser;
            var response = await client.GetAsync(url);
            answers.Add(new Answer(url, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        var action = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions/request-information?include=case", new { question = "One more?" });
        answers.Add(new Answer("POST actions?include=case", action.StatusCode, await action.Content.ReadAsStringAsync()));
        return answers;
    }

    /// <summary>A case on OM's table whose every IND free-text field names the data subject (never-released values only).</summary>
    private async Task<(Guid Id, Guid Session)> CaseWithPersonalDataInEveryIndTextAsync()
    {
        var anna = _app.Officer();
        var bram = _app.SecondOfficer();
        var id = await anna.CreateCaseAsync();
        await anna.ActOkAsync(id, "submit", new { overrideMotivation = "Override: born in Qzxville." });
        await bram.ActOkAsync(id, "reject-anonymisation", new { motivation = "Reject: lives in the Qzxstraat." });
        await anna.ActOkAsync(id, "submit", new { overrideMotivation = "Override again: alias Arvo Qzxton." });
        await bram.ActOkAsync(id, "approve-anonymisation", new { motivation = "Approve: passport QZXK9L8M7 not in the text." });
        await (await anna.PostAsJsonAsync($"/api/v1/cases/{id}/team", new { userId = "officer-cees", displayName = "Cees from Qzxville" })).OkJsonAsync();
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{id}/personal-data"))
        {
            request.Headers.Add("X-Break-Glass-Reason", "Break-glass: checking the Qzxstraat address.");
            Assert.Equal(HttpStatusCode.OK, (await _app.Officer("officer-dora").SendAsync(request)).StatusCode);
        }
        var session = await _app.Admin().FreezeNextSessionAsync();

        var carla = _app.Prosecutor(Carla);
        await carla.ActOkAsync(id, "request-information", new { question = "Which period?" });
        await anna.ActOkAsync(id, "answer", new { answer = "Reachable on 06-12345678.", overrideMotivation = "Answer override: QZXK9L8M7 checked." });
        await bram.ActOkAsync(id, "reject-answer", new { motivation = "Reject answer: the number belongs to Arvo Qzxton." });
        await anna.ActOkAsync(id, "answer", new { answer = "From the start to the end of the period named.", overrideMotivation = "Nothing found; Qzxville noted." });
        await bram.ActOkAsync(id, "approve-answer", new { motivation = "Approve answer: no Qzxstraat in it." });
        await _app.Admin().FreezeNextSessionAsync();
        await carla.ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation." });
        await anna.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber" }, motivation = "Draft: not the Qzxstraat address." });
        await _app.Reviewer().ActOkAsync(id, "reject-disclosure", new { motivation = "Reject disclosure: alias Arvo Qzxton not needed." });
        await anna.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber" }, motivation = "Draft again: born in Qzxville, left out." });
        return (id, session);
    }

    private async Task ReleaseAsync(Guid id) =>
        await _app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Approve: art. 162 Sv; passport QZXK9L8M7 stays at IND." });
}
