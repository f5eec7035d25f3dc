using Microsoft.Playwright;

namespace ObiDossier.Web.UiTests;

/// <summary>The whole 1F path through the browser, each role in its own session; every page is checked with axe and kept as a screenshot.</summary>
public sealed class OneFPathUiTests(UiHost host) : IClassFixture<UiHost>
{
    [Fact]
    public async Task Every_role_walks_the_whole_path_in_the_browser_and_the_auditor_verifies_the_trail()
    {
        // IND officer: a new dossier, summary and personal data in separate sections.
        var anna = await host.SignInAsync("officer-anna");
        await anna.CheckAsync("01-mijn-werk-ind");
        await anna.GotoAsync("/zaken/nieuw", "02-zaak-aanmaken");
        var p = anna.Page;
        await p.FillAsync("#Form_Summary_Title", "Voormalig commandant van een detentiecentrum");
        await p.FillAsync("#Form_Summary_Narrative", "Betrokkene gaf leiding aan een detentiecentrum waar gedetineerden werden mishandeld.");
        await p.FillAsync("#Form_Summary_CountryOfOrigin", "Fictland");
        await p.FillAsync("#Form_Summary_PeriodFrom", "1994");
        await p.FillAsync("#Form_Summary_PeriodTo", "1996");
        await p.FillAsync("#Form_Summary_SuspectedCrimes", "foltering\nmisdrijven tegen de menselijkheid");
        await p.FillAsync("#Form_Personal_FullName", "Arvid Qzxellington Vortmann");
        await p.FillAsync("#Form_Personal_DateOfBirth", "1961-03-14");
        await p.FillAsync("#Form_Personal_VNumber", "3019283746");
        await p.FillAsync("#Form_Personal_Nationality", "Fictlands");
        await p.FillAsync("#Form_Personal_Aliases", "Arvo Qzxton");
        await anna.CheckAsync("03-zaak-aanmaken-ingevuld");
        await p.ClickAsync("main form button[type=submit]");
        await p.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/zaken/[0-9a-f-]{36}$"));
        var caseUrl = new Uri(p.Url).AbsolutePath;
        Assert.DoesNotContain("Qzx", await p.TitleAsync(), StringComparison.Ordinal);
        await Expect(anna, "Draft");
        await anna.CheckAsync("04-zaakdetail-concept");
        await p.WaitForSelectorAsync(".od-diagram[data-rendered='true'] svg");
        await FireAsync(anna, caseUrl, "submit", "05-actie-indienen");
        await Expect(anna, "AnonymisationReview");

        // The author may not approve their own anonymisation: the button is not there and the reason is shown.
        Assert.Equal(0, await p.Locator("a[data-trigger='approve-anonymisation']").CountAsync());
        Assert.True(await p.Locator("[data-blocked='approve-anonymisation'] [data-code='four-eyes-anonymisation']").IsVisibleAsync());

        var bram = await host.SignInAsync("officer-bram");
        Assert.True(await bram.Page.Locator($"a[href='{caseUrl}']").IsVisibleAsync(), "the second officer's work list holds the case");
        await bram.CheckAsync("06-mijn-werk-tweede-ind");
        await FireAsync(bram, caseUrl, "approve-anonymisation", "07-actie-anonimisering-goedkeuren");
        await Expect(bram, "Queued");

        // Admin: schedule a session and freeze its agenda.
        var frank = await host.SignInAsync("admin-frank");
        await frank.GotoAsync("/zittingen", "08-zittingen-admin");
        await frank.Page.FillAsync("#date", DateTime.UtcNow.AddDays(10 + Random.Shared.Next(1, 300)).ToString("yyyy-MM-dd"));
        await frank.Page.ClickAsync("main form button[type=submit]");
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='Scheduled']");
        await frank.CheckAsync("09-zitting-gepland");
        await frank.Page.ClickAsync("button[data-trigger='freeze-agenda']");
        await frank.Page.WaitForSelectorAsync("[data-testid='session-state'][data-state='AgendaFrozen']");
        Assert.True(await frank.Page.Locator($"[data-testid='agenda'] a[href='{caseUrl}']").IsVisibleAsync());
        await frank.CheckAsync("10-zitting-agenda-vastgesteld");
        await frank.GotoAsync("/register", "11-register-admin");

        // Prosecutor: reads the anonymised case, flags interest.
        var carla = await host.SignInAsync("prosecutor-carla");
        await carla.CheckAsync("12-mijn-werk-om");
        await carla.GotoAsync(caseUrl, "13-zaakdetail-om");
        Assert.DoesNotContain("Qzx", await carla.Page.ContentAsync(), StringComparison.Ordinal);
        await FireAsync(carla, caseUrl, "flag-interest", "14-actie-interesse", ("#in-motivation", "Past bij een lopend onderzoek."));
        await Expect(carla, "InterestFlagged");

        // IND officer: the formal report, checked before it is sent.
        await anna.GotoAsync(caseUrl, "15-zaakdetail-interesse");
        await anna.Page.ClickAsync("a[data-trigger='draft-report']");
        await anna.Page.CheckAsync("#f-fullName");
        await anna.Page.CheckAsync("#f-vNumber");
        await anna.Page.SelectOptionAsync("#basis", "VW-1F-OM");
        await anna.Page.ClickAsync("button:has-text('Grondslag controleren')");
        await anna.Page.WaitForSelectorAsync("[data-testid='draft-check'][data-ok='false'] [data-code='legal-basis-not-in-force']");
        await anna.CheckAsync("16-aangifte-grondslag-afgekeurd");
        await anna.Page.SelectOptionAsync("#basis", "SV-162");
        await anna.Page.ClickAsync("button:has-text('Grondslag controleren')");
        await anna.Page.WaitForSelectorAsync("[data-testid='draft-check'][data-ok='true']");
        await anna.CheckAsync("17-aangifte-grondslag-goed");
        await anna.Page.ClickAsync("button:has-text('Ter juridische toets sturen')");
        await Expect(anna, "LegalReview");

        // Legal reviewer: every condition met, approve with a motivation.
        var dirk = await host.SignInAsync("reviewer-dirk");
        await dirk.GotoAsync(caseUrl, "18-zaakdetail-toetser");
        await dirk.Page.ClickAsync("a[data-trigger='approve-disclosure']");
        Assert.Equal(0, await dirk.Page.Locator("[data-testid='checklist'] [data-met='false']").CountAsync());
        await dirk.Page.FillAsync("#motivation", "Art. 162 Sv dekt identiteit en nummers naar het OM.");
        await dirk.CheckAsync("19-juridische-toets");
        await dirk.Page.ClickAsync("button:has-text('Goedkeuren')");
        await Expect(dirk, "Released");

        // The recipient reads exactly the released fields; the read is logged.
        await carla.GotoAsync(caseUrl, "20-zaakdetail-vrijgegeven");
        await carla.Page.ClickAsync($"a[href='{caseUrl}/vrijgegeven']");
        await carla.Page.WaitForSelectorAsync("[data-testid='read-logged']");
        Assert.Equal(["fullName", "vNumber"], (await carla.Page.Locator("[data-testid='released-fields'] dt").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.field)")).Order());
        Assert.Contains("Arvid Qzxellington Vortmann", await carla.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Qzxton", await carla.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Qzx", carla.Page.Url, StringComparison.Ordinal);
        await carla.CheckAsync("21-vrijgegeven-gegevens");
        // The formal report: a signed PDF on the recipient's name, downloaded from the same page.
        var download = await carla.Page.RunAndWaitForDownloadAsync(() => carla.Page.ClickAsync("[data-testid='formal-report']"));
        Assert.Matches("^proces-verbaal-1F-.*\\.pdf$", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        await FireAsync(carla, caseUrl, "acknowledge-receipt", "22-actie-ontvangst");
        await Expect(carla, "Closed");

        // Another prosecutor sees no personal data at all.
        var gijs = await host.SignInAsync("prosecutor-gijs");
        await gijs.GotoAsync($"{caseUrl}/vrijgegeven", "23-vrijgegeven-andere-officier");
        Assert.Equal(0, await gijs.Page.Locator("[data-testid='released-fields']").CountAsync());

        // Auditor: the trail of this case, the processing log, and a verified chain.
        var eva = await host.SignInAsync("auditor-eva");
        var caseId = caseUrl.Split('/')[^1];
        await eva.GotoAsync($"/audit?caseId={caseId}", "24-audit-zaak");
        Assert.True(await eva.Page.Locator("[data-testid='audit-entries'] td:has-text('case.personal-data.read')").CountAsync() >= 1);
        Assert.True(await eva.Page.Locator("[data-testid='processing-log'] tr").CountAsync() > 1);
        await eva.Page.ClickAsync("button:has-text('Audittrail controleren')");
        await eva.Page.WaitForSelectorAsync("[data-testid='verify-result'][data-valid='true']");
        await eva.CheckAsync("25-audit-geverifieerd");
        await eva.GotoAsync("/register", "26-register-auditor");
        await eva.GotoAsync("/dashboard", "27-dashboard");
        await eva.Page.WaitForSelectorAsync("canvas#chart-states");
        await anna.GotoAsync("/zaken", "28-zaken");
        await anna.GotoAsync(caseUrl, "29-zaakdetail-afgesloten");
    }

    private static async Task FireAsync(UiUser user, string caseUrl, string trigger, string screenshot, params (string Selector, string Value)[] inputs)
    {
        if (!user.Page.Url.EndsWith(caseUrl, StringComparison.Ordinal)) await user.Page.GotoAsync(caseUrl);
        await user.Page.ClickAsync($"a[data-trigger='{trigger}']");
        await user.Page.WaitForURLAsync($"**{caseUrl}/actie/{trigger}");
        foreach (var (selector, value) in inputs) await user.Page.FillAsync(selector, value);
        await user.CheckAsync(screenshot);
        await user.Page.ClickAsync("button:has-text('Bevestigen')");
        await user.Page.WaitForURLAsync($"**{caseUrl}?gedaan={trigger}");
    }

    private static async Task Expect(UiUser user, string state) =>
        await user.Page.WaitForSelectorAsync($"[data-testid='case-state'][data-state='{state}']", new() { State = WaitForSelectorState.Attached });
}
