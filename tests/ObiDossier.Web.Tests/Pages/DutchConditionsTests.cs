using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Web.Tests.Jobs;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>The UI says why an action is blocked in Dutch; the API keeps its codes and English messages.</summary>
public sealed class DutchConditionsTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public async Task A_blocked_approval_is_explained_in_dutch_in_the_ui_and_by_code_in_the_api()
    {
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync();
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Interest." });
        await app.Officer().ActOkAsync(id, "draft-report", new { legalBasisCode = "AVG-6-1-E", releasedFields = new[] { "fullName" } });

        var html = await (await (await app.SignedInAsync("reviewer-dirk")).GetAsync($"/zaken/{id}")).Content.ReadAsStringAsync();
        var api = await (await app.Reviewer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();

        Assert.Contains("data-code=\"criminal-category-not-covered\"", html, StringComparison.Ordinal);
        Assert.Contains("AVG-6-1-E dekt geen strafrechtelijke gegevens", html, StringComparison.Ordinal);
        Assert.DoesNotContain("does not cover criminal-offence data", html, StringComparison.Ordinal);
        var blocked = api.GetProperty("blockedActions").EnumerateArray().Single().GetProperty("unmetConditions").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "criminal-category-not-covered");
        Assert.Contains("does not cover criminal-offence data", blocked.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(blocked.TryGetProperty("arguments", out _));
    }

    [Fact]
    public async Task A_refused_action_in_the_ui_names_its_missing_input_in_dutch()
    {
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync();
        var ui = await app.SignedInAsync("prosecutor-carla");
        var token = await UiClient.TokenAsync(ui, $"/zaken/{id}/actie/flag-interest");

        var response = await ui.PostAsync($"/zaken/{id}/actie/flag-interest", UiClient.Form(("__af", token)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-code=\"input-required\"", html, StringComparison.Ordinal);
        Assert.Contains("Motivering is verplicht.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_condition_of_the_legal_basis_check_and_the_guards_has_a_dutch_title()
    {
        var codes = typeof(DisclosureConditions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Concat(["anonymisation-finding", "anonymisation-vault-value", "four-eyes-anonymisation", "four-eyes-answer", "break-glass-reason-required", "interest-already-flagged", "duplicate-field", "not-a-recipient",
                "no-disclosure-in-review", "input-required", "input-invalid", "input-unknown", "not-permitted-in-state", "role-not-permitted"]);
        var texts = app.Services.GetRequiredService<IStringLocalizer<UiText>>();

        Assert.All(codes, code => Assert.False(texts[$"Condition.{code}"].ResourceNotFound, $"Condition.{code} has no Dutch text"));
    }
}
