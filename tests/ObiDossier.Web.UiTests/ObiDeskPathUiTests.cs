using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.UiTests;

/// <summary>
/// The OBI desk through the browser, each role in its own session, every page checked with axe:
/// a signal recorded and approved by four eyes, seen by an analyst, bundled into a report with a
/// suppressed and a shown cell, approved and distributed by a coordinator, followed up by a partner;
/// and the reporter's contact never on an analyst's or partner's page.
/// </summary>
public sealed partial class ObiDeskPathUiTests(UiHost host) : IClassFixture<UiHost>
{
    // Marker personal data: they may appear on the intake organisation's reporter page, nowhere else.
    private const string ReporterName = "Zwaantje Markerveld", ReporterPhone = "0612093847", ReporterEmail = "zwaantje.markerveld@example.org";

    [Fact]
    public async Task Intake_records_a_signal_a_second_officer_approves_it_and_analyst_coordinator_and_partner_take_it_through_a_report()
    {
        var quarter = ReportingPeriod.DefaultFor(DateOnly.FromDateTime(DateTime.UtcNow));
        var month = quarter.From.ToString();

        // Intake: the new-signal form, with the reporter's contact in its own vault section.
        var ilse = await host.SignInAsync("intake-ilse");
        Assert.EndsWith("/meldingen", ilse.Page.Url, StringComparison.Ordinal);
        await ilse.CheckAsync("obi-01-meldingen");
        await ilse.Page.ClickAsync("[data-testid='new-signal']");
        var p = ilse.Page;
        await p.SelectOptionAsync("#Form_StateActor", "IR");
        await p.SelectOptionAsync("#Form_Conduct", Conducts.Intimidation);
        await p.SelectOptionAsync("#Form_Instrument", Instruments.Physical);
        await p.SelectOptionAsync("#Form_Target", Targets.Individual);
        await p.SelectOptionAsync("#Form_Region", "NL-ZH");
        await p.FillAsync("#Form_Period", month);
        await p.FillAsync("#Form_Community", "iraanse diaspora");
        await p.FillAsync("#Form_Narrative", "Na een bijeenkomst werd de melder gevolgd en kreeg te horen dat familie in het land van herkomst last zou krijgen.");
        await p.FillAsync("#Form_Effect", "zelfcensuur");
        await p.FillAsync("#Form_ReporterName", ReporterName);
        await p.FillAsync("#Form_ReporterPhone", ReporterPhone);
        await p.FillAsync("#Form_ReporterEmail", ReporterEmail);
        Assert.Equal("month", await p.GetAttributeAsync("#Form_Period", "type"));
        await ilse.CheckAsync("obi-02-nieuwe-melding");
        await p.ClickAsync("[data-testid='save-signal']");
        await p.WaitForURLAsync(SignalUrl());
        var signalPath = new Uri(p.Url).AbsolutePath;
        var id = Guid.Parse(signalPath.Split('/')[^1]);
        await ExpectSignal(ilse, ObiSignalWorkflow.States.Received);
        await ilse.CheckAsync("obi-03-melding-ontvangen");
        await FireAsync(ilse, signalPath, ObiSignalWorkflow.Triggers.Submit, "obi-04-actie-indienen");
        await ExpectSignal(ilse, ObiSignalWorkflow.States.AnonymisationReview);
        Assert.Equal(0, await p.Locator("a[data-trigger='approve-anonymisation']").CountAsync());

        // The reporter's contact: only behind its own action, for the intake organisation.
        await p.ClickAsync("[data-testid='reporter-link']");
        await ilse.CheckAsync("obi-05-melder");
        await p.ClickAsync("[data-testid='reveal-reporter']");
        Assert.Contains(ReporterName, await p.Locator("[data-testid='reporter']").InnerTextAsync(), StringComparison.Ordinal);
        await ilse.CheckAsync("obi-06-melder-getoond");

        // A second intake officer of the same organisation approves from the review queue.
        var joost = await host.SignInAsync("intake-joost");
        await joost.GotoAsync("/meldingen/controle", "obi-07-te-controleren");
        await joost.Page.ClickAsync($"[data-testid='signal-list'] a[href='/meldingen/{id}']");
        await FireAsync(joost, signalPath, ObiSignalWorkflow.Triggers.ApproveAnonymisation, "obi-08-actie-goedkeuren");
        await ExpectSignal(joost, ObiSignalWorkflow.States.Shared);

        // More shared signals of the same quarter, straight through the commands: seven of Iran, three of Turkey, two of Russia.
        await ShareAsync(month, [.. Enumerable.Repeat("IR", 7), .. Enumerable.Repeat("TR", 3), .. Enumerable.Repeat("RU", 2)]);

        // Analyst: the shared signal, never its reporter.
        var lotte = await host.SignInAsync("analyst-lotte");
        Assert.EndsWith("/signalen", lotte.Page.Url, StringComparison.Ordinal);
        await lotte.CheckAsync("obi-09-signalen");
        await lotte.Page.ClickAsync($"[data-testid='signal-list'] a[href='/signalen/{id}']");
        await ExpectSignal(lotte, ObiSignalWorkflow.States.Shared);
        await lotte.CheckAsync("obi-10-signaal-analist");
        await AssertNoReporterAsync(lotte);
        // The reporter's page is the intake organisation's only: an analyst is turned away, the contact not shown.
        await lotte.Page.GotoAsync($"/meldingen/{id}/melder");
        Assert.Equal(0, await lotte.Page.Locator("[data-testid='reveal-reporter'], [data-testid='reporter']").CountAsync());
        await AssertNoReporterAsync(lotte);

        // The analyst opens the report of the last ended quarter (the form's default).
        await lotte.GotoAsync("/fenomeenbeeld", "obi-11-fenomeenbeeld");
        Assert.Equal(month, await lotte.Page.InputValueAsync("#periodFrom"));
        await lotte.Page.ClickAsync("[data-testid='open-report'] button[type=submit]");
        await lotte.Page.WaitForURLAsync(ReportUrl());
        var reportPath = new Uri(lotte.Page.Url).AbsolutePath;
        await ExpectReport(lotte, ObiReportWorkflow.States.Draft);
        Assert.Equal("< 5", await lotte.Page.Locator("[data-cell='stateActor|TR']").GetAttributeAsync("data-display"));
        Assert.Equal("8", await lotte.Page.Locator("[data-cell='stateActor|IR']").GetAttributeAsync("data-display"));
        Assert.Equal(5, await lotte.Page.Locator("canvas[data-obi-chart]").CountAsync());
        await lotte.CheckAsync("obi-12-rapport-concept");
        await AssertNoReporterAsync(lotte);
        await lotte.Page.FillAsync("#analysis-text", "Intimidatie van de iraanse diaspora springt er dit kwartaal uit.");
        await lotte.Page.ClickAsync("[data-testid='analysis-form'] button[type=submit]");
        await lotte.Page.WaitForURLAsync($"**{reportPath}?gedaan=analysis");
        await FireAsync(lotte, reportPath, ObiReportWorkflow.Triggers.SubmitForMethodReview, "obi-13-actie-methodetoets");
        await ExpectReport(lotte, ObiReportWorkflow.States.MethodReview);

        // A coordinator approves and distributes.
        var petra = await host.SignInAsync("coordinator-petra");
        Assert.EndsWith("/fenomeenbeeld", petra.Page.Url, StringComparison.Ordinal);
        await petra.CheckAsync("obi-14-fenomeenbeeld-coordinator");
        await petra.Page.ClickAsync($"[data-testid='report-list'] a[href='{reportPath}']");
        await FireAsync(petra, reportPath, ObiReportWorkflow.Triggers.Approve, "obi-15-actie-goedkeuren-rapport");
        await ExpectReport(petra, ObiReportWorkflow.States.Approved);
        await FireAsync(petra, reportPath, ObiReportWorkflow.Triggers.Distribute, "obi-16-actie-verspreiden");
        await ExpectReport(petra, ObiReportWorkflow.States.Distributed);
        await petra.CheckAsync("obi-17-rapport-verspreid");

        // A partner reads it under Rapportages and records a follow-up.
        var sanne = await host.SignInAsync("partner-sanne");
        Assert.EndsWith("/rapportages", sanne.Page.Url, StringComparison.Ordinal);
        await sanne.CheckAsync("obi-18-rapportages");
        await sanne.Page.ClickAsync("[data-testid='report-list'] a");
        await ExpectReport(sanne, ObiReportWorkflow.States.Distributed);
        Assert.Equal("8", await sanne.Page.Locator("[data-cell='stateActor|IR']").GetAttributeAsync("data-display"));
        Assert.Equal(0, await sanne.Page.Locator("[data-testid='analysis-form'], a[data-trigger]").CountAsync());
        await sanne.CheckAsync("obi-19-rapport-partner");
        await sanne.Page.SelectOptionAsync("#follow-up-kind", FollowUpKinds.DiplomaticStep);
        await sanne.Page.FillAsync("#follow-up-description", "Het patroon is besproken met de ambassade.");
        await sanne.Page.ClickAsync("[data-testid='follow-up-form'] button[type=submit]");
        await sanne.Page.WaitForURLAsync("**?gedaan=follow-up");
        Assert.Contains("ambassade", await sanne.Page.Locator("[data-testid='follow-ups']").InnerTextAsync(), StringComparison.Ordinal);
        await sanne.CheckAsync("obi-20-opvolging");
        await AssertNoReporterAsync(sanne);
        await sanne.Page.GotoAsync($"/signalen/{id}");
        Assert.Equal(0, await sanne.Page.Locator("[data-testid='signal-narrative']").CountAsync());
    }

    /// <summary>Records, submits and approves one signal per state actor through the desk's commands, as two police intake officers.</summary>
    private async Task ShareAsync(string month, IEnumerable<string> stateActors)
    {
        var author = new Actor("intake-ilse", ObiRoles.Intake, ObiOrganisations.Politie, "Ilse Verbeek");
        var second = new Actor("intake-joost", ObiRoles.Intake, ObiOrganisations.Politie, "Joost Hermans");
        foreach (var actor in stateActors)
        {
            using var scope = host.Services.CreateScope();
            var commands = scope.ServiceProvider.GetRequiredService<ObiSignalCommands>();
            var created = await commands.CreateAsync(new CreateSignalRequest(
                new AnonymisedSignal
                {
                    StateActor = actor, Conduct = Conducts.Intimidation, Instrument = Instruments.Physical, Target = Targets.Community,
                    Period = month, Narrative = "Deelnemers aan een bijeenkomst werden gefotografeerd en later aangesproken.", ReferredToPolice = false,
                },
                new ReporterContact { Name = "Bartholomeus Achtergrond", Phone = "0687654321" }), author, default);
            var signal = created.Value ?? throw new InvalidOperationException(created.Error!.Title);
            Assert.Null((await commands.FireAsync(signal.Id, ObiSignalWorkflow.Triggers.Submit, TriggerInputs.None, author, null, default)).Error);
            using var next = host.Services.CreateScope();
            Assert.Null((await next.ServiceProvider.GetRequiredService<ObiSignalCommands>()
                .FireAsync(signal.Id, ObiSignalWorkflow.Triggers.ApproveAnonymisation, TriggerInputs.None, second, null, default)).Error);
        }
    }

    private static async Task AssertNoReporterAsync(UiUser user)
    {
        var html = await user.Page.ContentAsync();
        foreach (var marker in new[] { ReporterName, "Markerveld", ReporterPhone, ReporterEmail, "Achtergrond" })
            Assert.DoesNotContain(marker, html, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task FireAsync(UiUser user, string path, string trigger, string screenshot)
    {
        if (!user.Page.Url.EndsWith(path, StringComparison.Ordinal)) await user.Page.GotoAsync(path);
        await user.Page.ClickAsync($"a[data-trigger='{trigger}']");
        await user.Page.WaitForURLAsync($"**{path}/actie/{trigger}");
        await user.CheckAsync(screenshot);
        await user.Page.ClickAsync("[data-testid='confirm']");
        await user.Page.WaitForURLAsync($"**{path}?gedaan={trigger}");
    }

    private static async Task ExpectSignal(UiUser user, string state) =>
        await user.Page.WaitForSelectorAsync($"[data-testid='signal-state'][data-state='{state}']", new() { State = WaitForSelectorState.Attached });

    private static async Task ExpectReport(UiUser user, string state) =>
        await user.Page.WaitForSelectorAsync($"[data-testid='report-state'][data-state='{state}']", new() { State = WaitForSelectorState.Attached });

    [GeneratedRegex("/meldingen/[0-9a-f-]{36}$")]
    private static partial Regex SignalUrl();

    [GeneratedRegex("/fenomeenbeeld/[0-9a-f-]{36}$")]
    private static partial Regex ReportUrl();
}
