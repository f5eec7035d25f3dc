using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.UiTests;

/// <summary>
/// The guarantee in the UI (README, "Roles": what changed with 1f-case v2): an answer waits in the second officer's <em>Mijn werk</em> and
/// OM reads it only after approval; an officer outside the case's team is asked for a reason in a
/// dialog before anything is shown, and the auditor sees that read; the team is on the case page.
/// </summary>
public sealed class SideChannelUiTests(UiHost host) : IClassFixture<UiHost>
{
    private const string Answer = "Van het begin tot het einde van de genoemde periode.";

    [Fact]
    public async Task An_answer_reaches_om_only_after_a_second_officer_approved_it_in_mijn_werk()
    {
        var id = await QuestionedCaseAsync();
        var caseUrl = $"/zaken/{id}";

        var anna = await host.SignInAsync("officer-anna");
        await anna.Page.GotoAsync(caseUrl);
        await anna.Page.ClickAsync("a[data-trigger='answer']");
        await anna.Page.FillAsync("#in-answer", Answer);
        await anna.CheckAsync("side-01-antwoord");
        await anna.Page.ClickAsync("button:has-text('Bevestigen')");
        await anna.Page.WaitForSelectorAsync("[data-testid='case-state'][data-state='AnswerReview']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await anna.Page.Locator("a[data-trigger='approve-answer']").CountAsync());

        var carla = await host.SignInAsync("prosecutor-carla");
        await carla.GotoAsync(caseUrl, "side-02-om-antwoord-in-controle");
        Assert.DoesNotContain(Answer, await carla.Page.ContentAsync(), StringComparison.Ordinal);

        var bram = await host.SignInAsync("officer-bram");
        Assert.True(await bram.Page.Locator($"a[href='{caseUrl}']").IsVisibleAsync(), "the answer waits in the second officer's work list");
        await bram.CheckAsync("side-03-mijn-werk-antwoord");
        await bram.Page.GotoAsync(caseUrl);
        Assert.Contains(Answer, await bram.Page.ContentAsync(), StringComparison.Ordinal);
        await bram.Page.ClickAsync("a[data-trigger='approve-answer']");
        await bram.Page.ClickAsync("button:has-text('Bevestigen')");
        await bram.Page.WaitForSelectorAsync("[data-testid='case-state'][data-state='Queued']", new() { State = WaitForSelectorState.Attached });

        await carla.GotoAsync(caseUrl, "side-04-om-antwoord-goedgekeurd");
        Assert.Contains(Answer, await carla.Page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_outside_the_team_is_asked_why_before_seeing_personal_data_and_the_auditor_sees_it()
    {
        var anna = Api("officer-anna", Roles.IndOfficer);
        var id = await CreateCaseAsync(anna);
        var caseUrl = $"/zaken/{id}";

        var bram = await host.SignInAsync("officer-bram");
        await bram.GotoAsync($"{caseUrl}/persoonsgegevens", "side-05-break-glass-dialoog");
        Assert.True(await bram.Page.Locator("[data-testid='break-glass-dialog']").IsVisibleAsync());
        Assert.Equal(0, await bram.Page.Locator("[data-testid='released-fields']").CountAsync());
        Assert.DoesNotContain("Qzx", await bram.Page.ContentAsync(), StringComparison.Ordinal);
        await bram.Page.FillAsync("#reason", "Collega afwezig; gehoor morgen.");
        await bram.Page.ClickAsync("[data-testid='break-glass-dialog'] button[type=submit]");
        await bram.Page.WaitForSelectorAsync("[data-testid='released-fields']");
        Assert.DoesNotContain("Collega", bram.Page.Url, StringComparison.Ordinal);
        await bram.CheckAsync("side-06-break-glass-inzage");

        var eva = await host.SignInAsync("auditor-eva");
        await eva.GotoAsync("/audit?breakGlass=true", "side-07-audit-break-glass");
        Assert.True(await eva.Page.Locator("[data-testid='break-glass-reason']:has-text('Collega afwezig; gehoor morgen.')").IsVisibleAsync());

        var annaUi = await host.SignInAsync("officer-anna");
        await annaUi.GotoAsync(caseUrl, "side-08-zaakteam");
        Assert.True(await annaUi.Page.Locator("[data-testid='team'] [data-member='officer-anna']").IsVisibleAsync());
        await annaUi.Page.FillAsync("#team-user", "officer-bram");
        await annaUi.Page.ClickAsync("button:has-text('Medewerker toevoegen')");
        await annaUi.Page.WaitForSelectorAsync("[data-testid='team'] [data-member='officer-bram']");

        await bram.Page.GotoAsync($"{caseUrl}/persoonsgegevens");
        await bram.Page.WaitForSelectorAsync("[data-testid='released-fields']");
        Assert.Equal(0, await bram.Page.Locator("[data-testid='break-glass-dialog']").CountAsync());
    }

    private async Task<Guid> QuestionedCaseAsync()
    {
        var anna = Api("officer-anna", Roles.IndOfficer);
        var id = await CreateCaseAsync(anna);
        await OkAsync(anna.PostAsJsonAsync($"/api/v1/cases/{id}/actions/submit", new { }));
        await OkAsync(Api("officer-bram", Roles.IndOfficer).PostAsJsonAsync($"/api/v1/cases/{id}/actions/approve-anonymisation", new { }));
        var admin = Api("admin-frank", Roles.Admin);
        var session = await OkAsync(admin.PostAsJsonAsync("/api/v1/sessions", new { date = DateTime.UtcNow.AddDays(20 + Random.Shared.Next(1, 900)).ToString("yyyy-MM-dd") }));
        await OkAsync(admin.PostAsync($"/api/v1/sessions/{session.GetProperty("id").GetGuid()}/actions/freeze-agenda", null));
        await OkAsync(Api("prosecutor-carla", Roles.OmProsecutor).PostAsJsonAsync($"/api/v1/cases/{id}/actions/request-information", new { question = "In welke periode precies?" }));
        return id;
    }

    private static async Task<Guid> CreateCaseAsync(HttpClient officer)
    {
        var created = await OkAsync(officer.PostAsJsonAsync("/api/v1/cases", new
        {
            summary = new { title = "Voormalig commandant", narrative = "Gaf leiding aan een detentiecentrum.", countryOfOrigin = "Fictland" },
            personalData = new { fullName = "Arvid Qzxellington Vortmann", vNumber = "3019283746", dateOfBirth = "1961-03-14" },
        }));
        return created.GetProperty("id").GetGuid();
    }

    private HttpClient Api(string user, string role)
    {
        var token = host.Services.GetRequiredService<DevTokens>().Issue(user, role, Organisations.ForRole(role), user);
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
