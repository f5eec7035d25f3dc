using System.Net;

namespace ObiDossier.Web.Tests.Jobs;

/// <summary>The Hangfire dashboard is for admins only.</summary>
public sealed class DashboardTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public DashboardTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task The_dashboard_refuses_anonymous_callers_and_non_admins()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Officer().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Auditor().GetAsync("/hangfire/recurring")).StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_every_recurring_job()
    {
        var response = await _app.Admin().GetAsync("/hangfire/recurring");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var job in ObiDossier.Web.Jobs.JobNames.All) Assert.Contains(job, page, StringComparison.Ordinal);
    }
}
