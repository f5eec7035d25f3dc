using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Tests.Hosting;

/// <summary>
/// Every API route × every role, generated from the app's own endpoint list: a route added
/// without a row here fails, so nobody can ship a route whose access nobody decided.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<ObiDossierApplication>
{
    private static readonly string[] AllRoles = [.. Roles.Human];

    /// <summary>The 1F table's roles: its routes refuse the OBI desk's roles (403), as the desk's routes refuse these.</summary>
    private static readonly string[] Everyone = [.. Roles.OneF];
    private static readonly string[] BothDesks = AllRoles;

    /// <summary>Who may pass the role check of each route; object-level rules (404) come after.</summary>
    private static readonly Dictionary<string, string[]> Rules = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/cases/"] = [Roles.IndOfficer],
        ["GET /api/v1/cases/"] = Everyone,
        ["GET /api/v1/cases/{id:guid}"] = Everyone,
        ["PUT /api/v1/cases/{id:guid}"] = [Roles.IndOfficer],
        ["POST /api/v1/cases/{id:guid}/actions/{trigger}"] = Everyone,
        ["GET /api/v1/cases/{id:guid}/history"] = Everyone,
        ["GET /api/v1/cases/{id:guid}/personal-data"] = [Roles.IndOfficer, Roles.OmProsecutor],
        ["GET /api/v1/cases/{id:guid}/formal-report"] = [Roles.OmProsecutor],
        ["GET /api/v1/cases/{id:guid}/team"] = Everyone,
        ["POST /api/v1/cases/{id:guid}/team"] = [Roles.IndOfficer, Roles.Admin],
        ["DELETE /api/v1/cases/{id:guid}/team/{userId}"] = [Roles.IndOfficer, Roles.Admin],
        ["GET /api/v1/sessions/"] = Everyone,
        ["GET /api/v1/sessions/{id:guid}"] = Everyone,
        ["POST /api/v1/sessions/"] = [Roles.Admin],
        ["POST /api/v1/sessions/{id:guid}/actions/{trigger}"] = [Roles.Admin],
        ["PUT /api/v1/sessions/{id:guid}/minutes"] = [Roles.Admin],
        ["GET /api/v1/reports/releases"] = [Roles.Auditor, Roles.Admin],
        ["GET /api/v1/reports/releases.csv"] = [Roles.Auditor, Roles.Admin],
        ["GET /api/v1/legal-bases/"] = Everyone,
        ["POST /api/v1/legal-bases/"] = [Roles.Admin],
        ["PUT /api/v1/legal-bases/{code}"] = [Roles.Admin],
        ["GET /api/v1/legal-bases/{code}"] = Everyone,
        ["GET /api/v1/legal-bases/changes"] = [Roles.Admin, Roles.LegalReviewer, Roles.Auditor],
        ["POST /api/v1/legal-bases/{code}/changes/{changeId:guid}/actions/confirm"] = [Roles.LegalReviewer],
        ["POST /api/v1/legal-bases/{code}/changes/{changeId:guid}/actions/reject"] = [Roles.LegalReviewer],
        ["GET /api/v1/audit/"] = [Roles.Auditor],
        ["GET /api/v1/audit/verify"] = [Roles.Auditor],
        ["GET /api/v1/processing-log"] = [Roles.Auditor],
        ["GET /api/v1/processing-activities"] = [Roles.Auditor, Roles.Admin],
        ["GET /api/v1/workflows/"] = BothDesks,
        ["GET /api/v1/workflows/{name}"] = BothDesks,
        ["GET /api/v1/workflows/{name}/graph"] = BothDesks,
        ["POST /api/v1/anonymisation/scan"] = [Roles.IndOfficer, ObiRoles.Intake],
        ["POST /api/v1/obi/signals/"] = [ObiRoles.Intake],
        ["GET /api/v1/obi/signals/"] = [ObiRoles.Intake, ObiRoles.Analyst],
        ["GET /api/v1/obi/signals/{id:guid}"] = [ObiRoles.Intake, ObiRoles.Analyst],
        ["PUT /api/v1/obi/signals/{id:guid}"] = [ObiRoles.Intake],
        ["POST /api/v1/obi/signals/{id:guid}/actions/{trigger}"] = [ObiRoles.Intake, ObiRoles.Analyst],
        ["GET /api/v1/obi/signals/{id:guid}/reporter"] = [ObiRoles.Intake, ObiRoles.Analyst],
        ["POST /api/v1/obi/reports/"] = [ObiRoles.Analyst],
        ["GET /api/v1/obi/reports/"] = [ObiRoles.Analyst, ObiRoles.Coordinator, ObiRoles.Partner],
        ["GET /api/v1/obi/reports/{id:guid}"] = [ObiRoles.Analyst, ObiRoles.Coordinator, ObiRoles.Partner],
        ["PUT /api/v1/obi/reports/{id:guid}"] = [ObiRoles.Analyst],
        ["POST /api/v1/obi/reports/{id:guid}/actions/{trigger}"] = [ObiRoles.Analyst, ObiRoles.Coordinator],
        ["POST /api/v1/obi/reports/{id:guid}/follow-ups"] = [ObiRoles.Partner],
        ["GET /api/v1/notifications/"] = Everyone,
        ["POST /api/v1/notifications/{id:guid}/read"] = Everyone,
    };

    private readonly ObiDossierApplication _app;

    public AuthorizationMatrixTests(ObiDossierApplication app) => _app = app;

    private IEnumerable<(string Method, string Pattern)> ApiRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)));

    [Fact]
    public void Every_api_route_has_a_rule()
    {
        var routes = ApiRoutes().Select(r => $"{r.Method} {r.Pattern}").ToList();

        Assert.Empty(routes.Except(Rules.Keys));
        Assert.Empty(Rules.Keys.Except(routes));
    }

    [Fact]
    public async Task Every_api_route_refuses_anonymous_callers_with_401_problem_details()
    {
        var client = _app.Anonymous();
        foreach (var (method, pattern) in ApiRoutes())
        {
            var response = await client.SendAsync(Request(method, pattern));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Every_api_route_lets_exactly_its_roles_past_the_role_check()
    {
        var failures = new List<string>();
        foreach (var role in AllRoles)
        {
            var client = _app.Client($"matrix-{role}", role, OrganisationOf(role));
            foreach (var (method, pattern) in ApiRoutes())
            {
                var status = (await client.SendAsync(Request(method, pattern))).StatusCode;
                var allowed = Rules[$"{method} {pattern}"].Contains(role);
                if (allowed && status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || !allowed && status != HttpStatusCode.Forbidden)
                    failures.Add($"{role} {method} {pattern}: {(int)status}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_desk_role_held_by_an_organisation_that_may_not_hold_it_opens_no_route()
    {
        var failures = new List<string>();
        foreach (var (role, organisation) in new[] { (ObiRoles.Analyst, ObiOrganisations.Politie), (ObiRoles.Partner, ObiOrganisations.Nctv),
                     (ObiRoles.Intake, Organisations.Ind), (ObiRoles.Coordinator, Organisations.Om) })
        {
            var client = _app.Client($"misissued-{role}", role, organisation);
            foreach (var (method, pattern) in ApiRoutes())
            {
                var status = (await client.SendAsync(Request(method, pattern))).StatusCode;
                if (status != HttpStatusCode.Forbidden) failures.Add($"{role}@{organisation} {method} {pattern}: {(int)status}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>The organisation a correctly issued token of <paramref name="role"/> names.</summary>
    private static string OrganisationOf(string role) =>
        ObiOrganisations.ForRole.TryGetValue(role, out var organisations) ? organisations[0] : Organisations.ForRole(role);

    /// <summary>A request with every parameter filled with something harmless: an unknown id, a trigger that exists.</summary>
    private static HttpRequestMessage Request(string method, string pattern)
    {
        var path = pattern.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{changeId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{trigger}", "open", StringComparison.Ordinal)
            .Replace("{name}", "1f-case", StringComparison.Ordinal)
            .Replace("{code}", "NO-SUCH-BASIS", StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return request;
    }
}
