using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ObiDossier.Web.UiTests;

/// <summary>
/// The table as it is held (README "Workflows"), through the browser on a fresh table: the
/// priority before the agenda, a full session and the waiting reason in Mijn werk, the OM's demand
/// naming two fields, the minutes of the held session, and the outcome in the yearly overview.
/// Every page touched is checked with axe and kept as a screenshot.
/// </summary>
public sealed partial class TableAsHeldUiTests(UiHost host) : IClassFixture<UiHost>
{
    [Fact]
    public async Task The_table_as_held_is_walked_in_the_browser_from_priority_to_the_yearly_overview()
    {
        var anna = await host.SignInAsync("officer-anna");
        var bram = await host.SignInAsync("officer-bram");
        // The normal case enters the queue first: the urgent one still goes before it.
        var waiting = await QueuedCaseAsync(anna, bram, "Voormalig lid van een militieleiding", "Qzxwait Ellington");
        var urgent = await QueuedCaseAsync(anna, bram, "Voormalig hoofd van een verhoorafdeling", "Arvid Qzxdemand Vortmann");

        // IND sets the priority while the case waits for a table.
        await anna.GotoAsync(urgent, "held-01-zaak-prioriteit-wijzigen");
        await anna.Page.SelectOptionAsync("#set-priority", "urgent");
        await anna.Page.ClickAsync("[data-testid='priority-form'] button[type=submit]");
        await anna.Page.WaitForSelectorAsync("[data-testid='case-priority'][data-priority='urgent']");
        await anna.CheckAsync("held-02-zaak-urgent");

        // Admin: a session that takes one case; freezing takes the urgent one, the normal one waits.
        var frank = await host.SignInAsync("admin-frank");
        await frank.GotoAsync("/zittingen", "held-03-zitting-plannen");
        await frank.Page.FillAsync("#date", DateTime.UtcNow.AddDays(10 + Random.Shared.Next(1, 300)).ToString("yyyy-MM-dd"));
        await frank.Page.FillAsync("#capacity", "1");
        await frank.Page.ClickAsync("main form button[type=submit]");
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='Scheduled']");
        Assert.Contains("1", await frank.Page.Locator("[data-testid='session-capacity']").InnerTextAsync(), StringComparison.Ordinal);
        var sessionUrl = new Uri(frank.Page.Url).AbsolutePath;
        await frank.Page.ClickAsync("button[data-trigger='freeze-agenda']");
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='AgendaFrozen']");
        Assert.Equal([urgent], await frank.Page.Locator("[data-testid='agenda'] a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
        await frank.CheckAsync("held-04-agenda-vol");

        // The priority is fixed on the agenda; the case left off says why, on its page and in Mijn werk.
        await anna.GotoAsync(urgent, "held-05-zaak-geagendeerd");
        Assert.Equal(0, await anna.Page.Locator("[data-testid='priority-form']").CountAsync());
        Assert.Equal("urgent", await anna.Page.Locator("[data-testid='case-priority']").GetAttributeAsync("data-priority"));
        await anna.GotoAsync(waiting, "held-06-zaak-wacht");
        Assert.True(await anna.Page.Locator("[data-testid='waiting-reason']").IsVisibleAsync());
        await anna.GotoAsync("/", "held-07-mijn-werk-wachtend");
        var waitingRow = anna.Page.Locator($"[data-testid='work-waiting'] tr[data-waiting='{waiting.Split('/')[^1]}']");
        Assert.Equal("session-full", await waitingRow.Locator("[data-reason]").GetAttributeAsync("data-reason"));
        Assert.Contains("vorige zat vol", await waitingRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await anna.Page.Locator("[data-testid='work-waiting'] tbody tr").CountAsync());

        // The prosecutor flags interest, then demands two fields, ticked by their Dutch names.
        var carla = await host.SignInAsync("prosecutor-carla");
        await FireAsync(carla, urgent, "flag-interest", "held-08-interesse", async p => await p.FillAsync("#in-motivation", "Past bij een lopend onderzoek."));
        var gijs = await host.SignInAsync("prosecutor-gijs");
        await gijs.GotoAsync(urgent, "held-09-andere-officier");
        Assert.Equal(0, await gijs.Page.Locator("a[data-trigger='demand-data']").CountAsync());
        Assert.True(await gijs.Page.Locator("[data-blocked='demand-data'] [data-code='not-a-recipient']").IsVisibleAsync(), "another prosecutor is told why not");
        await FireAsync(carla, urgent, "demand-data", "held-10-vordering", async p =>
        {
            Assert.Equal(PersonalFields, await p.Locator("fieldset[data-input='requestedFields'] input[type=checkbox]").EvaluateAllAsync<string[]>("es => es.map(e => e.value)"));
            await p.GetByLabel("Volledige naam").CheckAsync();
            await p.GetByLabel("Geboortedatum").CheckAsync();
            await p.FillAsync("#in-legalBasisCode", "SV-126ND");
            await p.FillAsync("#in-omCaseNumber", "OM-2026-0417");
        });
        await Expect(carla, "LegalReview");
        // IND reads the demand like a formal report: its route, the OM case number, the basis.
        await anna.GotoAsync(urgent, "held-10b-zaak-vordering-ind");
        Assert.Equal("Vordering (OM) (Zaaknummer OM OM-2026-0417)", (await anna.Page.Locator("[data-testid='disclosure-route']").InnerTextAsync()).Trim());
        Assert.StartsWith("SV-126ND", await anna.Page.Locator("[data-testid='disclosure-basis']").InnerTextAsync(), StringComparison.Ordinal);

        // The legal reviewer approves the demand like a formal report.
        var dirk = await host.SignInAsync("reviewer-dirk");
        await dirk.GotoAsync(urgent, "held-11-zaak-toetser-vordering");
        await dirk.Page.ClickAsync("a[data-trigger='approve-disclosure']");
        Assert.Equal(0, await dirk.Page.Locator("[data-testid='checklist'] [data-met='false']").CountAsync());
        await dirk.Page.FillAsync("#motivation", "Art. 126nd Sv: een vordering in een opsporingsonderzoek.");
        await dirk.CheckAsync("held-12-toets-vordering");
        await dirk.Page.ClickAsync("button:has-text('Goedkeuren')");
        await Expect(dirk, "Released");

        // The prosecutor reads exactly the two demanded fields, then records the outcome.
        await carla.GotoAsync($"{urgent}/vrijgegeven", "held-13-vrijgegeven-vordering");
        await carla.Page.WaitForSelectorAsync("[data-testid='read-logged']");
        Assert.Equal(["dateOfBirth", "fullName"], (await carla.Page.Locator("[data-testid='released-fields'] dt").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.field)")).Order());
        Assert.DoesNotContain("3019283746", await carla.Page.ContentAsync(), StringComparison.Ordinal);
        await carla.GotoAsync(urgent, "held-13b-zaak-vrijgegeven-om");
        Assert.StartsWith("Vordering (OM)", await carla.Page.Locator("[data-testid='disclosure-route']").InnerTextAsync(), StringComparison.Ordinal);
        await FireAsync(carla, urgent, "record-outcome", "held-14-resultaat", async p => await p.GetByLabel("Opsporingsonderzoek gestart").CheckAsync());
        Assert.Contains("Opsporingsonderzoek gestart", await carla.Page.Locator("[data-testid='disclosure-outcome']").InnerTextAsync(), StringComparison.Ordinal);

        // The session is held; its minutes: attendance and decisions, a name refused, every item's outcome listed.
        foreach (var trigger in new[] { "open", "close" })
        {
            await frank.Page.GotoAsync(sessionUrl);
            await frank.Page.ClickAsync($"button[data-trigger='{trigger}']");
        }
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='Held']");
        await frank.CheckAsync("held-15-zitting-gehouden");
        await frank.Page.FillAsync("#decisions", "Besproken met kolonel Ahmed Karimi Nouri.");
        await frank.Page.ClickAsync("[data-testid='minutes-save']");
        await frank.Page.WaitForSelectorAsync("[data-testid='problem'] [data-code='anonymisation-finding']");
        Assert.DoesNotContain("Karimi", await frank.Page.Locator("[data-testid='problem']").InnerTextAsync(), StringComparison.Ordinal);
        await frank.CheckAsync("held-16-notulen-naam-geweigerd");
        await frank.Page.GotoAsync(sessionUrl);
        Assert.Equal(0, await frank.Page.Locator("[data-testid='minutes-decisions']").CountAsync());
        Assert.True(await frank.Page.IsCheckedAsync("#att-IND") && await frank.Page.IsCheckedAsync("#att-OM"));
        await frank.Page.FillAsync("#decisions", "OM vordert gegevens in één zaak; één zaak wacht op de volgende zitting.");
        await frank.Page.ClickAsync("[data-testid='minutes-save']");
        await frank.Page.WaitForSelectorAsync("[data-testid='minutes-decisions']");
        await frank.CheckAsync("held-17-notulen-vastgelegd");

        await carla.GotoAsync(sessionUrl, "held-18-notulen-om");
        Assert.Equal("OM vordert gegevens in één zaak; één zaak wacht op de volgende zitting.", await carla.Page.Locator("[data-testid='minutes-decisions']").InnerTextAsync());
        var items = carla.Page.Locator("[data-testid='minutes-items'] tbody tr");
        Assert.Equal(1, await items.CountAsync());
        Assert.Equal((urgent.Split('/')[^1], "flag-interest"), (await items.GetAttributeAsync("data-case"), await items.GetAttributeAsync("data-outcome")));
        Assert.Contains("Interesse melden", await items.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("IND, OM", await carla.Page.Locator("[data-testid='minutes']").InnerTextAsync(), StringComparison.Ordinal);

        // The case left waiting goes on the next session; OM declines it; IND reopens it with new information.
        await frank.GotoAsync("/zittingen", "held-19-zitting-volgende");
        await frank.Page.FillAsync("#date", DateTime.UtcNow.AddDays(400 + Random.Shared.Next(1, 300)).ToString("yyyy-MM-dd"));
        await frank.Page.ClickAsync("main form button[type=submit]");
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='Scheduled']");
        await frank.Page.ClickAsync("button[data-trigger='freeze-agenda']");
        await frank.Page.WaitForSelectorAsync($"[data-testid='agenda'] a[href='{waiting}']");
        await FireAsync(carla, waiting, "decline-interest", null, async p => await p.FillAsync("#in-motivation", "Geen aanknopingspunten."));
        await FireAsync(anna, waiting, "reopen", "held-20-heropenen", async p => await p.FillAsync("#in-motivation", "Een nieuwe getuigenverklaring."));
        await Expect(anna, "Draft");
        Assert.Equal(["submit", "approve-anonymisation", "agenda-frozen", "decline-interest", "reopen"],
            await anna.Page.Locator("tr[data-history]").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.history)"));
        await anna.CheckAsync("held-21-heropend");

        // The outcome counts in the yearly overview for the report to parliament.
        var eva = await host.SignInAsync("auditor-eva");
        await eva.GotoAsync("/jaaroverzicht", "held-22-jaaroverzicht");
        var row = eva.Page.Locator("[data-testid='yearly-counts'] tbody tr");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(["Vordering (OM)", "SV-126ND", "Opsporingsonderzoek gestart", "1"],
            (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));
    }

    private static readonly string[] PersonalFields = ["fullName", "aliases", "dateOfBirth", "placeOfBirth", "nationality", "vNumber", "documentNumbers", "address"];

    /// <summary>A new case through the browser, submitted by <paramref name="author"/> and approved by <paramref name="second"/>; returns its path.</summary>
    private static async Task<string> QueuedCaseAsync(UiUser author, UiUser second, string title, string fullName)
    {
        var p = author.Page;
        await p.GotoAsync("/zaken/nieuw");
        await p.FillAsync("#Form_Summary_Title", title);
        await p.FillAsync("#Form_Summary_CountryOfOrigin", "Fictland");
        await p.FillAsync("#Form_Personal_FullName", fullName);
        await p.FillAsync("#Form_Personal_DateOfBirth", "1961-03-14");
        await p.FillAsync("#Form_Personal_VNumber", "3019283746");
        await p.ClickAsync("main form button[type=submit]");
        await p.WaitForURLAsync(CaseUrl());
        var caseUrl = new Uri(p.Url).AbsolutePath;
        await FireAsync(author, caseUrl, "submit", null, null);
        await FireAsync(second, caseUrl, "approve-anonymisation", null, null);
        await Expect(second, "Queued");
        return caseUrl;
    }

    private static async Task FireAsync(UiUser user, string caseUrl, string trigger, string? screenshot, Func<IPage, Task>? fill)
    {
        await user.Page.GotoAsync(caseUrl);
        await user.Page.ClickAsync($"a[data-trigger='{trigger}']");
        await user.Page.WaitForURLAsync($"**{caseUrl}/actie/{trigger}");
        if (fill is not null) await fill(user.Page);
        if (screenshot is not null) await user.CheckAsync(screenshot);
        await user.Page.ClickAsync("button:has-text('Bevestigen')");
        await user.Page.WaitForURLAsync($"**{caseUrl}?gedaan={trigger}");
    }

    private static async Task Expect(UiUser user, string state) =>
        await user.Page.WaitForSelectorAsync($"[data-testid='case-state'][data-state='{state}']", new() { State = WaitForSelectorState.Attached });

    [GeneratedRegex("/zaken/[0-9a-f-]{36}$")]
    private static partial Regex CaseUrl();
}
