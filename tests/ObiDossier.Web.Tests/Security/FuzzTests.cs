using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Tests.Obi;

namespace ObiDossier.Web.Tests.Security;

/// <summary>
/// Bad input over every API route: malformed JSON, wrong types, nulls, oversized strings and
/// arrays, control characters, unicode edge cases, injection strings, in bodies, paths and query
/// strings. Never a 5xx; every refusal is problem details; a refused request changes nothing.
/// </summary>
public sealed class FuzzTests : IClassFixture<ObiDossierApplication>
{
    private static readonly string[] Nasty =
    [
        "'; DROP TABLE Cases; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}",
        "../../../../etc/passwd", "\u0000\u0001\u0002", "\u202Eevil", "\uFEFF", "😀👩‍⚖️", "e\u0301\u0301\u0301", "%00", "null", "",
    ];

    private static IEnumerable<string> Bodies()
    {
        yield return "";
        yield return "{";
        yield return "null";
        yield return "[]";
        yield return "123";
        yield return "\"text\"";
        yield return "{\"motivation\": \"\\ud800\"}";
        yield return new string('[', 5000) + new string(']', 5000);
        yield return "{\"summary\": null, \"personalData\": null}";
        yield return "{\"summary\": {\"title\": 5}, \"personalData\": {\"fullName\": []}}";
        yield return "{\"summary\": {\"title\": \"t\"}, \"personalData\": {\"fullName\": \"n\", \"aliases\": [" + string.Join(",", Enumerable.Repeat("\"a\"", 5000)) + "]}}";
        yield return "{\"summary\": {\"title\": \"" + new string('x', 300_000) + "\"}, \"personalData\": {\"fullName\": \"n\"}}";
        yield return "{\"summary\": {\"title\": \"" + new string('x', 1_200_000) + "\"}}";
        yield return "{\"motivation\": 5, \"question\": [], \"legalBasisCode\": {}, \"releasedFields\": \"fullName\"}";
        yield return "{\"releasedFields\": [null, 1, {}], \"legalBasisCode\": null}";
        yield return "{\"date\": \"not-a-date\"}";
        yield return "{\"date\": \"0001-01-01\"}";
        yield return "{\"code\": null, \"validFrom\": \"2030-13-45\"}";
        yield return "{\"text\": null, \"caseId\": \"not-a-guid\"}";
        yield return "{\"unknownProperty\": true}";
        foreach (var s in Nasty)
        {
            var j = System.Text.Json.JsonSerializer.Serialize(s);
            yield return $"{{\"motivation\": {j}, \"question\": {j}, \"answer\": {j}, \"legalBasisCode\": {j}, \"releasedFields\": [{j}]}}";
            yield return $"{{\"summary\": {{\"title\": {j}, \"periodFrom\": {j}}}, \"personalData\": {{\"fullName\": {j}, \"aliases\": [{j}]}}}}";
            yield return $"{{\"code\": {j}, \"title\": {j}, \"article\": {j}, \"recipientOrganisations\": [{j}], \"dataCategories\": [{j}]}}";
        }
        // The OBI desk's bodies: a signal and a reporter, a report period, an analysis, a follow-up, a scan against a signal.
        foreach (var s in Nasty.Take(6))
        {
            var j = System.Text.Json.JsonSerializer.Serialize(s);
            yield return $"{{\"signal\": {{\"stateActor\": {j}, \"conduct\": {j}, \"instrument\": {j}, \"target\": {j}, \"community\": {j}, \"region\": {j}, " +
                $"\"period\": {j}, \"effect\": {j}, \"narrative\": {j}, \"referredToPolice\": true}}, \"reporter\": {{\"name\": {j}, \"phone\": {j}, \"email\": {j}}}}}";
            yield return $"{{\"periodFrom\": {j}, \"periodTo\": {j}}}";
            yield return $"{{\"kind\": {j}, \"description\": {j}}}";
            yield return $"{{\"analysis\": {j}}}";
        }
        yield return "{\"signal\": {\"referredToPolice\": \"yes\", \"period\": 202601}, \"reporter\": []}";
        yield return "{\"text\": \"x\", \"signalId\": \"" + Guid.NewGuid() + "\"}";
        yield return "{\"text\": \"x\", \"signalId\": \"" + Guid.NewGuid() + "\", \"caseId\": \"" + Guid.NewGuid() + "\"}";
    }

    private static IEnumerable<string> Queries()
    {
        yield return "";
        foreach (var s in Nasty.Take(8))
        {
            var e = Uri.EscapeDataString(s);
            yield return $"?state={e}&sessionId={e}&cursor={e}&caseId={e}&traceId={e}&processingActivityId={e}&actor={e}&from={e}&to={e}&version={e}&format={e}";
        }
        yield return "?cursor=" + new string('A', 5000);
        yield return "?from=2026-01-01&to=2020-01-01&caseId=" + Guid.NewGuid();
    }

    private readonly ObiDossierApplication _app;

    public FuzzTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task Bad_input_on_every_route_never_fails_the_server_and_changes_nothing()
    {
        var draft = await _app.Officer().CreateCaseAsync();
        var signal = await _app.Intake().RecordSignalAsync(ObiDesk.Signal("2018-06"));
        var oneF = new[] { _app.Officer(), _app.Prosecutor(), _app.Reviewer(), _app.Auditor(), _app.Admin() };
        // The desk's roles on the desk's routes (and the scan); the route × role matrix shows they get no further elsewhere.
        var desk = new[] { _app.Intake(), _app.Analyst(), _app.Coordinator(), _app.Partner() };
        var triggers = new[] { "submit", "freeze-agenda", "..", "a%2Fb", new string('x', 500), "%E2%80%AE" };
        var failures = new List<string>();
        var requests = 0;
        var statuses = new HashSet<int>();

        foreach (var (method, pattern) in ApiRoutes())
            foreach (var client in pattern.Contains("/obi/", StringComparison.Ordinal) ? desk : pattern.Contains("/anonymisation/", StringComparison.Ordinal) ? [.. oneF, desk[0]] : oneF)
            {
                var ids = new[] { pattern.Contains("/obi/signals", StringComparison.Ordinal) ? signal.ToString() : draft.ToString(), Guid.NewGuid().ToString(), "not-a-guid", "%2e%2e" };
                var paths = ids.SelectMany(id => triggers.Select(t => pattern.Replace("{id:guid}", id, StringComparison.Ordinal)
                        .Replace("{trigger}", t, StringComparison.Ordinal).Replace("{name}", t == "submit" ? "1f-case" : t, StringComparison.Ordinal)))
                    .Distinct().ToList();
                var inputs = method is "GET" ? Queries().Select(q => (q, (string?)null)) : Bodies().Select(b => ("", (string?)b));
                foreach (var path in paths.Take(method == "GET" ? 4 : 2))
                    foreach (var (query, body) in inputs)
                    {
                        requests++;
                        var before = await FingerprintAsync();
                        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
                        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                        var response = await client.SendAsync(request);
                        var status = (int)response.StatusCode;
                        statuses.Add(status);
                        var what = $"{method} {pattern} {(body ?? query)[..Math.Min(60, (body ?? query).Length)]}";
                        if (status >= 500) failures.Add($"{status} {what}");
                        else if (status >= 400)
                        {
                            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                                failures.Add($"{status} without problem details: {what}");
                            if (await FingerprintAsync() != before) failures.Add($"{status} but the data changed: {what}");
                        }
                    }
            }

        Assert.True(requests > 1000, $"only {requests} requests");
        Assert.Contains(413, statuses);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)) + "\n" + string.Join("\n", _app.Logs.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(3)));
    }

    private IEnumerable<(string Method, string Pattern)> ApiRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)));

    /// <summary>Everything a command could change (the audit trail and processing log grow on refusals by design).</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        return string.Join("|",
            await db.Set<CaseEntity>().CountAsync(), await db.Set<CaseEntity>().SumAsync(c => c.Version),
            await db.Set<SessionEntity>().CountAsync(), await db.Set<SessionEntity>().SumAsync(s => s.Version),
            await db.Set<LegalBasis>().CountAsync(), await db.Set<CaseTransitionEntity>().CountAsync(),
            await db.Set<DisclosureEntity>().CountAsync(), await db.Set<VaultEntry>().CountAsync(),
            await db.Set<CaseQuestionEntity>().CountAsync(), await db.Set<CaseInterestEntity>().CountAsync(),
            await db.Set<ObiSignalEntity>().CountAsync(), await db.Set<ObiSignalEntity>().SumAsync(x => x.Version),
            await db.Set<ObiReportEntity>().CountAsync(), await db.Set<ObiReportEntity>().SumAsync(x => x.Version),
            await db.Set<ObiFollowUpEntity>().CountAsync());
    }
}
