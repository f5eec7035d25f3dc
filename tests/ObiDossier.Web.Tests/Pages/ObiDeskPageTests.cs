using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Tests.Obi;

namespace ObiDossier.Web.Tests.Pages;

/// <summary>
/// The desk's pages over HTTP: they show what the desk's read models give each reader and nothing
/// more (404 where the route says 404), and a suppressed cell never reaches a chart's data.
/// </summary>
public sealed partial class ObiDeskPageTests(ObiDossierApplication app) : IClassFixture<ObiDossierApplication>
{
    [Fact]
    public async Task A_signal_not_yet_approved_is_not_found_for_an_analyst_on_its_page_as_on_its_route()
    {
        var id = await app.Intake().RecordSignalAsync(ObiDesk.Signal("2017-01"));
        await (await app.Intake().ActOnSignalAsync(id, "submit")).OkJsonAsync();
        var analyst = await app.SignedInAsync("analyst-lotte");

        Assert.Equal(HttpStatusCode.NotFound, (await app.Analyst().GetAsync($"{ObiDesk.Signals}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/signalen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/signalen/{id}/actie/mark-not-obi")).StatusCode);
    }

    [Fact]
    public async Task The_reporter_page_is_the_intake_organisations_only_and_no_other_page_carries_the_reporter()
    {
        const string marker = "Vennixmoor";
        var id = await app.Intake().RecordSignalAsync(ObiDesk.Signal("2017-02"), ObiDesk.Reporter(marker));
        var ilse = await app.SignedInAsync("intake-ilse");
        var noor = await app.SignedInAsync("intake-noor");

        // Its own organisation: the page offers the read; the contact appears only after the deliberate POST.
        var offer = await (await ilse.GetAsync($"/meldingen/{id}/melder")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(marker, offer, StringComparison.OrdinalIgnoreCase);
        var read = await ilse.PostAsync($"/meldingen/{id}/melder", UiClient.Form(("__af", await UiClient.TokenAsync(ilse, $"/meldingen/{id}/melder"))));
        Assert.Contains(marker, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another intake organisation: the signal does not exist for it.
        Assert.Equal(HttpStatusCode.NotFound, (await noor.GetAsync($"/meldingen/{id}/melder")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noor.GetAsync($"/meldingen/{id}")).StatusCode);

        // The signal's own pages, its list and its edit form never carry the reporter.
        foreach (var page in new[] { $"/meldingen/{id}", "/meldingen", $"/meldingen/{id}/bewerken" })
        {
            var html = await (await ilse.GetAsync(page)).Content.ReadAsStringAsync();
            foreach (var m in ObiDesk.ReporterMarkers(marker)) Assert.DoesNotContain(m, html, StringComparison.OrdinalIgnoreCase);
        }

        // The diagram under the signal explains the desk's workflow, not the 1F one.
        var signalPage = await (await ilse.GetAsync($"/meldingen/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("intrekken zolang die niet gebundeld", signalPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Intrekken kan in elke status", signalPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intake_officer_edits_a_received_signal_on_its_page_and_the_reporter_left_empty_stays_in_the_vault()
    {
        const string marker = "Quellendamm";
        var id = await app.Intake().RecordSignalAsync(ObiDesk.Signal("2017-03"), ObiDesk.Reporter(marker));
        var ilse = await app.SignedInAsync("intake-ilse");
        var form = await (await ilse.GetAsync($"/meldingen/{id}/bewerken")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(marker, form, StringComparison.OrdinalIgnoreCase);
        var version = VersionField().Match(form).Groups["v"].Value;

        var saved = await ilse.PostAsync($"/meldingen/{id}/bewerken", UiClient.Form(
            ("__af", await UiClient.TokenAsync(ilse, $"/meldingen/{id}/bewerken")), ("Version", version),
            ("Form.StateActor", "TR"), ("Form.Conduct", "surveillance"), ("Form.Instrument", "physical"), ("Form.Target", "organisation"),
            ("Form.Region", "NL-UT"), ("Form.Period", "2017-03"), ("Form.Narrative", "Bijeenkomsten van een vereniging werden gefilmd door onbekenden."),
            ("Form.ReferredToPolice", "false")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await (await app.Intake().GetAsync($"{ObiDesk.Signals}/{id}")).OkJsonAsync();
        Assert.Equal("TR", view.GetProperty("signal").GetProperty("stateActor").GetString());
        Assert.Equal("surveillance", view.GetProperty("signal").GetProperty("conduct").GetString());
        var reporter = await (await app.Intake().GetAsync($"{ObiDesk.Signals}/{id}/reporter")).OkJsonAsync();
        Assert.Contains(marker, reporter.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_instead_of_a_month_is_refused_on_the_form_with_its_dutch_reason_and_records_nothing()
    {
        var ilse = await app.SignedInAsync("intake-ilse");
        var before = (await (await app.Intake().GetAsync(ObiDesk.Signals)).OkJsonAsync()).GetProperty("items").GetArrayLength();

        var refused = await ilse.PostAsync("/meldingen/nieuw", UiClient.Form(
            ("__af", await UiClient.TokenAsync(ilse, "/meldingen/nieuw")),
            ("Form.StateActor", "IR"), ("Form.Conduct", "intimidation"), ("Form.Instrument", "online"), ("Form.Target", "individual"),
            ("Form.Period", "2017-03-14"), ("Form.Narrative", "Dreigende berichten na een demonstratie."), ("Form.ReporterName", "Ytje Probeersma")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-code=\"period-too-precise\"", html, StringComparison.Ordinal);
        Assert.Contains("De periode is te precies", html, StringComparison.Ordinal);
        Assert.Equal(before, (await (await app.Intake().GetAsync(ObiDesk.Signals)).OkJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_suppressed_cell_gets_no_bar_in_the_chart_data_while_its_table_cell_reads_less_than_five()
    {
        foreach (var actor in new[] { "IR", "IR", "IR", "IR", "IR", "IR", "IR", "CN", "CN", "CN", "CN", "CN", "CN", "TR", "TR", "RU" })
            await app.ShareSignalAsync(ObiDesk.Signal("2017-05", stateActor: actor));
        var created = await (await app.Analyst().PostAsJsonAsync(ObiDesk.Reports, new { periodFrom = "2017-04", periodTo = "2017-06" })).OkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var html = await (await (await app.SignedInAsync("analyst-lotte")).GetAsync($"/fenomeenbeeld/{id}")).Content.ReadAsStringAsync();

        Assert.Contains("data-cell=\"stateActor|TR\" data-display=\"&lt; 5\"", html, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"stateActor|IR\" data-display=\"7\"", html, StringComparison.Ordinal);
        var chart = Chart(html, "figures-stateActor-chart");
        var labels = chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var values = chart.GetProperty("datasets")[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(7, values[labels.FindIndex(l => l.Contains("(IR)", StringComparison.Ordinal))].GetInt32());
        var tr = labels.FindIndex(l => l.Contains("(TR)", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, values[tr].ValueKind);
        Assert.EndsWith("(< 5)", labels[tr], StringComparison.Ordinal);
    }

    private static JsonElement Chart(string html, string canvasId)
    {
        var match = CanvasData().Matches(html).Single(m => m.Groups["id"].Value == canvasId);
        return JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(match.Groups["data"].Value)).RootElement;
    }

    [GeneratedRegex("name=\"Version\"[^>]*value=\"(?<v>[0-9]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<canvas id=\"(?<id>[^\"]+)\"[^>]*data-obi-chart=\"(?<data>[^\"]*)\"")]
    private static partial Regex CanvasData();
}
