using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Obi;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Cli;

/// <summary>
/// The OBI desk's part of <c>seed-demo</c>: a year of fictional signals (<see cref="DemoSignals"/>)
/// walked through the desk's real commands — recorded, submitted, approved by a second intake officer
/// of the same organisation, some withdrawn or marked not-OBI, a few still in intake — and the
/// quarters before the last one ended bundled into reports that an analyst drafts, a coordinator
/// approves and distributes, and partners follow up. The last ended quarter is left for the demo
/// user to open. Each step in its own scope, as each request would be.
/// </summary>
internal sealed class DemoDesk(IServiceProvider services, DemoClock clock)
{
    /// <summary>How many ended quarters before the last one get a distributed report.</summary>
    private const int DistributedQuarters = 3;

    private static readonly Actor Analyst = Demo("analyst-lotte"), Coordinator = Demo("coordinator-petra"),
        PartnerBz = Demo("partner-sanne"), PartnerSzw = Demo("partner-tim");

    public async Task<(int Signals, int Reports)> RunAsync()
    {
        var today = services.GetRequiredService<LegalCalendar>().Today(clock.GetUtcNow());
        var signals = DemoSignals.Year(ReportingMonth.Of(today));
        foreach (var signal in signals) await WalkAsync(signal);

        var lastEnded = ReportingPeriod.DefaultFor(today);
        var quarters = new List<ReportingPeriod>();
        for (var p = lastEnded.Previous(); quarters.Count < DistributedQuarters; p = p.Previous()) quarters.Insert(0, p);
        var reports = 0;
        foreach (var quarter in quarters)
        {
            var id = await ReportAsync(quarter);
            if (id is null) continue;
            reports++;
            await FollowUpAsync(id.Value, PartnerBz, FollowUpKinds.DiplomaticStep,
                "In het periodieke overleg met de betrokken ambassades is het patroon van intimidatie aan de orde gesteld.");
            if (reports % 2 == 1)
                await FollowUpAsync(id.Value, PartnerSzw, FollowUpKinds.ResilienceMeasure,
                    "Extra voorlichting over melden en over weerbaarheid voor de meest getroffen gemeenschappen.");
        }
        return (signals.Count, reports);
    }

    private async Task WalkAsync(DemoSignal demo)
    {
        var (author, second) = Officers(demo.Organisation);
        var id = await SignalCommandAsync(c => c.CreateAsync(new CreateSignalRequest(demo.Signal, demo.Reporter), author, default), "record a signal");
        switch (demo.Fate)
        {
            case DemoSignalFate.Received:
                return;
            case DemoSignalFate.Withdrawn:
                await FireSignalAsync(id, ObiSignalWorkflow.Triggers.Withdraw, author, ("motivation", "De melder wil na overleg niet dat het signaal wordt gedeeld."));
                return;
        }
        await FireSignalAsync(id, ObiSignalWorkflow.Triggers.Submit, author);
        if (demo.Fate == DemoSignalFate.InReview) return;
        await FireSignalAsync(id, ObiSignalWorkflow.Triggers.ApproveAnonymisation, second, ("motivation", "Niet herleidbaar tot de melder."));
        if (demo.Fate == DemoSignalFate.NotObi)
            await FireSignalAsync(id, ObiSignalWorkflow.Triggers.MarkNotObi, Analyst, ("motivation", "Geen aanwijzing voor betrokkenheid van een statelijke actor."));
    }

    /// <summary>Opens, writes, submits, approves and distributes the report of <paramref name="quarter"/>; null when it holds no signal.</summary>
    private async Task<Guid?> ReportAsync(ReportingPeriod quarter)
    {
        clock.Advance(TimeSpan.FromMinutes(20));
        using (var scope = services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ObiReportCommands>().CreateAsync(
                new CreateReportRequest(quarter.From.ToString(), quarter.To.ToString()), Analyst, default);
            if (created.Error is not null) throw Failed("open a report", created.Error);
            var report = created.Value!;
            var updated = await scope.ServiceProvider.GetRequiredService<ObiReportCommands>().UpdateAsync(report.Id, new UpdateReportRequest(
                "De meeste signalen gaan over intimidatie en druk via familie in het land van herkomst. " +
                "Een deel van de melders is geadviseerd aangifte te doen. " +
                "Het beeld bevestigt dat kliklijnen binnen verenigingen een terugkerend middel zijn."), report.Version, Analyst, default);
            if (updated.Error is not null) throw Failed("write the analysis", updated.Error);
        }
        var id = await ReportIdAsync(quarter);
        await FireReportAsync(id, ObiReportWorkflow.Triggers.SubmitForMethodReview, Analyst);
        await FireReportAsync(id, ObiReportWorkflow.Triggers.Approve, Coordinator, ("motivation", "Methode en onderdrukking van kleine aantallen zijn in orde."));
        await FireReportAsync(id, ObiReportWorkflow.Triggers.Distribute, Coordinator);
        return id;
    }

    private async Task<Guid> ReportIdAsync(ReportingPeriod quarter)
    {
        using var scope = services.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<ObiReportReads>().PageAsync(Analyst, null, null, default);
        return page!.Items.First(r => r.PeriodFrom == quarter.From.ToString()).Id;
    }

    private async Task FollowUpAsync(Guid report, Actor partner, string kind, string description)
    {
        clock.Advance(TimeSpan.FromMinutes(30));
        using var scope = services.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<ObiReportCommands>().AddFollowUpAsync(report, new FollowUpRequest(kind, description), partner, default);
        if (added.Error is not null) throw Failed("record a follow-up", added.Error);
    }

    private async Task<Guid> SignalCommandAsync(Func<ObiSignalCommands, Task<CommandResult<ObiSignalEntity>>> command, string what)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        using var scope = services.CreateScope();
        var result = await command(scope.ServiceProvider.GetRequiredService<ObiSignalCommands>());
        return result.Value?.Id ?? throw Failed(what, result.Error!);
    }

    private async Task FireSignalAsync(Guid id, string trigger, Actor actor, params (string Name, object? Value)[] inputs)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ObiSignalCommands>().FireAsync(id, trigger, TriggerInputs.Of(inputs), actor, null, default);
        if (result.Error is not null) throw Failed(trigger, result.Error);
    }

    private async Task FireReportAsync(Guid id, string trigger, Actor actor, params (string Name, object? Value)[] inputs)
    {
        clock.Advance(TimeSpan.FromMinutes(30));
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ObiReportCommands>().FireAsync(id, trigger, TriggerInputs.Of(inputs), actor, null, default);
        if (result.Error is not null) throw Failed(trigger, result.Error);
    }

    /// <summary>
    /// Two intake officers of <paramref name="organisation"/> (four eyes): the demo users where the
    /// login page has them (police, the confidential line), fictional colleagues elsewhere.
    /// </summary>
    private static (Actor Author, Actor Second) Officers(string organisation) => organisation switch
    {
        ObiOrganisations.Politie => (Demo("intake-ilse"), Demo("intake-joost")),
        ObiOrganisations.Vertrouwenslijn => (Demo("intake-noor"), Colleague(organisation, 2)),
        _ => (Colleague(organisation, 1), Colleague(organisation, 2)),
    };

    private static Actor Colleague(string organisation, int n) =>
        new($"intake-{organisation.ToLowerInvariant()}-{n}", ObiRoles.Intake, organisation, $"Intake {organisation} {n}");

    private static InvalidOperationException Failed(string what, CommandError error) =>
        new($"seed-demo could not {what}: {error.Title} {string.Join(" ", error.Conditions.Select(c => c.Code))}");

    private static Actor Demo(string id)
    {
        var u = DemoUsers.Get(id);
        return new Actor(u.Id, u.Role, u.Organisation, u.DisplayName);
    }
}
