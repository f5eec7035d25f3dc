using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Primitives;
using ObiDossier.Web.Tests.Jobs;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>The table as held in the UI's forms: fields ticked in a demand, the priority on the case page, the waiting reason in Mijn werk.</summary>
public sealed class TableAsHeldPageTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public async Task A_demand_from_the_action_form_names_every_ticked_field_and_a_refused_one_keeps_the_ticks()
    {
        var id = await app.QueuedCaseAsync();
        await app.Admin().FreezeNextSessionAsync();
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Interest." });
        var ui = await app.SignedInAsync("prosecutor-carla");
        var page = $"/zaken/{id}/actie/demand-data";
        var form = await (await ui.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("<legend", form, StringComparison.Ordinal);
        Assert.Contains("for=\"in-requestedFields-fullName\">Volledige naam</label>", form, StringComparison.Ordinal);
        var token = await UiClient.TokenAsync(ui, page);

        var refused = await ui.PostAsync(page, UiClient.Form(("__af", token), ("legalBasisCode", "SV-126ND"), ("requestedFields", "fullName"), ("requestedFields", "dateOfBirth")));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-code=\"input-required\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"fullName\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dateOfBirth\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"vNumber\" checked", html, StringComparison.Ordinal);
        Assert.Equal("InterestFlagged", await app.Officer().StateAsync(id));

        var sent = await ui.PostAsync(page, UiClient.Form(("__af", token), ("legalBasisCode", "SV-126ND"), ("omCaseNumber", "OM-2026-0001"),
            ("requestedFields", "fullName"), ("requestedFields", "dateOfBirth")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var disclosure = (await (await app.Officer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync()).GetProperty("disclosure");
        Assert.Equal(["dateOfBirth", "fullName"], disclosure.GetProperty("releasedFields").EnumerateArray().Select(f => f.GetString()).Order());
    }

    [Fact]
    public void A_list_input_reads_ticked_boxes_and_typed_lines_alike_and_drops_blank_items()
    {
        Assert.Equal(["fullName", "a", "b"], FormInputs.Items(new StringValues(["fullName", " a\r\n\r\nb ", "  "])));
        Assert.Empty(FormInputs.Items(StringValues.Empty));
    }

    [Fact]
    public async Task IND_sets_the_priority_on_the_case_page_until_the_case_is_on_an_agenda_and_no_one_else_can()
    {
        await app.Admin().FreezeNextSessionAsync();
        var id = await app.QueuedCaseAsync();
        var anna = await app.SignedInAsync("officer-anna");
        var token = await UiClient.TokenAsync(anna, $"/zaken/{id}");
        Assert.Contains("data-testid=\"priority-form\"", await (await anna.GetAsync($"/zaken/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostAsync($"/zaken/{id}?handler=Priority", UiClient.Form(("__af", token), ("priority", "high")))).StatusCode);
        Assert.Equal("high", await PriorityAsync(id));

        var carla = await app.SignedInAsync("prosecutor-carla");
        var omToken = await UiClient.TokenAsync(carla, "/");
        var forbidden = await carla.PostAsync($"/zaken/{id}?handler=Priority", UiClient.Form(("__af", omToken), ("priority", "urgent")));
        Assert.Contains("/geen-toegang", forbidden.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("high", await PriorityAsync(id));

        await app.Admin().FreezeNextSessionAsync();
        var onAgenda = await (await anna.GetAsync($"/zaken/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"priority-form\"", onAgenda, StringComparison.Ordinal);
        var late = await (await anna.PostAsync($"/zaken/{id}?handler=Priority", UiClient.Form(("__af", token), ("priority", "urgent")))).Content.ReadAsStringAsync();
        Assert.Contains("data-code=\"priority-fixed\"", late, StringComparison.Ordinal);
        Assert.Equal("high", await PriorityAsync(id));
    }

    [Fact]
    public async Task Mijn_werk_tells_IND_officers_which_queued_case_a_full_session_left_waiting()
    {
        await app.Admin().FreezeNextSessionAsync();
        var first = await app.QueuedCaseAsync();
        var second = await app.QueuedCaseAsync();
        var session = await (await app.Admin().PostAsJsonAsync("/api/v1/sessions",
            new { date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3001 + Random.Shared.Next(1, 3000)), capacity = 1 })).OkJsonAsync(HttpStatusCode.Created);
        await (await app.Admin().PostAsync($"/api/v1/sessions/{session.GetProperty("id").GetGuid()}/actions/freeze-agenda", null)).OkJsonAsync();

        var work = await (await (await app.SignedInAsync("officer-bram")).GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains($"data-waiting=\"{second}\"", work, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"session-full\"", work, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-waiting=\"{first}\"", work, StringComparison.Ordinal);
        var om = await (await (await app.SignedInAsync("prosecutor-carla")).GetAsync("/")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"work-waiting\"", om, StringComparison.Ordinal);
    }

    private async Task<string?> PriorityAsync(Guid id) =>
        (await (await app.Officer().GetAsync($"/api/v1/cases/{id}")).OkJsonAsync()).GetProperty("priority").GetString();
}
