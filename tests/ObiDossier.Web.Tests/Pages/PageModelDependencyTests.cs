using System.Reflection;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>
/// Pages read through the same read models as the API routes (with the same visibility rules):
/// no page model queries the database itself.
/// </summary>
public sealed class PageModelDependencyTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public void No_type_in_the_pages_namespace_takes_a_database_context()
    {
        var pageTypes = typeof(ObiDossier.Web.Pages.Cases.DetailModel).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ObiDossier.Web.Pages", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(pageTypes);

        var offenders = pageTypes
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Where(p => typeof(DbContext).IsAssignableFrom(p.ParameterType))
                .Select(p => $"{t.FullName}({p.ParameterType.Name} {p.Name})"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task The_review_page_shows_the_drafters_motivation_as_the_case_view_holds_it()
    {
        const string marker = "MARKER-draft-motivation-7f3a";
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync();
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Interest." });
        await app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "AVG-6-1-E", releasedFields = new[] { "fullName" }, motivation = marker });

        var page = await (await app.SignedInAsync("reviewer-dirk")).GetAsync($"/zaken/{id}/toets");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(marker, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_not_yet_on_an_agenda_is_not_found_for_om_on_its_pages_as_on_its_route()
    {
        var id = await app.QueuedCaseAsync();
        var om = await app.SignedInAsync("prosecutor-carla");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Prosecutor().GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await om.GetAsync($"/zaken/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await om.GetAsync($"/zaken/{id}/actie/flag-interest")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await om.GetAsync($"/zaken/{id}/vrijgegeven")).StatusCode);
    }
}
