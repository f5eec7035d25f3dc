using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Sessions;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Cli;

/// <summary>
/// <c>seed-demo</c>: fills an empty database with fictional cases in every state, through the
/// same commands the UI and API use, so history, audit trail and processing log are the real
/// thing. The clock runs from about five months ago, so lead times and past sessions look lived-in.
/// Then the OBI desk's year of signals and its distributed reports (<see cref="DemoDesk"/>).
/// </summary>
internal static class SeedDemoVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clock = new DemoClock(TimeProvider.System.GetUtcNow().AddDays(-150));
        await using var host = CommandLine.BuildToolHost(args, services => services.AddSingleton<TimeProvider>(clock));
        await host.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>().Set<CaseEntity>().AnyAsync())
            {
                Console.WriteLine("The database already holds cases: seed-demo only fills an empty database.");
                return 0;
            }
        }

        var seed = new DemoSeed(host.Services, clock);
        var count = await seed.RunAsync();
        var (signals, reports) = await new DemoDesk(host.Services, clock).RunAsync();
        Console.WriteLine($"Seeded {count} demo cases in every state, with sessions, history and audit trail; and {signals} OBI signals with {reports} distributed phenomenon reports. Sign in at /login as one of:");
        foreach (var u in DemoUsers.All) Console.WriteLine($"  {u.Id,-18} {u.Role,-15} {u.DisplayName}");
        return 0;
    }
}

/// <summary>The demo's story, step by step; each step in its own scope, as each request would be.</summary>
internal sealed class DemoSeed(IServiceProvider services, DemoClock clock)
{
    private static readonly Actor Anna = Demo("officer-anna"), Bram = Demo("officer-bram"), Carla = Demo("prosecutor-carla"),
        Gijs = Demo("prosecutor-gijs"), Dirk = Demo("reviewer-dirk"), Frank = Demo("admin-frank");

    private int _next;

    public async Task<int> RunAsync()
    {
        // Two sessions in the past: every case that reached the table went through them.
        var first = await QueuedCasesAsync(7);
        var s1 = await SessionAsync();
        var interested = first[0];
        await FireAsync(first[0], CaseWorkflow.Triggers.FlagInterest, Carla, ("motivation", "Past bij een lopend onderzoek naar detentiecentra."));
        await FireAsync(first[1], CaseWorkflow.Triggers.DeclineInterest, Carla, ("motivation", "Onvoldoende aanknopingspunten voor een Nederlands onderzoek."));
        await FireAsync(first[1], CaseWorkflow.Triggers.Close, Anna);
        await FireAsync(first[2], CaseWorkflow.Triggers.FlagInterest, Gijs, ("motivation", "Relevant voor het team internationale misdrijven."));
        await FireAsync(first[3], CaseWorkflow.Triggers.RequestInformation, Carla, ("question", "Is bekend in welke periode betrokkene de functie precies bekleedde?"));
        await FireAsync(first[4], CaseWorkflow.Triggers.DeclineInterest, Gijs, ("motivation", "Buiten de prioriteiten van dit jaar."));
        await FireAsync(first[5], CaseWorkflow.Triggers.Withdraw, Anna, ("motivation", "Het dossier wordt eerst aangevuld door de 1F-unit."));
        await FireAsync(first[6], CaseWorkflow.Triggers.DeclineInterest, Carla, ("motivation", "Te weinig aanknopingspunten in het huidige dossier."));
        await CloseSessionAsync(s1);

        await FireAsync(interested, CaseWorkflow.Triggers.DraftReport, Anna, ("legalBasisCode", "SV-162"), ("releasedFields", new[] { "fullName", "dateOfBirth", "vNumber" }),
            ("motivation", "Aangifte op grond van art. 162 Sv; identiteit en V-nummer zijn nodig voor het onderzoek."));
        await FireAsync(interested, CaseWorkflow.Triggers.ApproveDisclosure, Dirk, ("motivation", "Art. 162 Sv dekt identiteit, nummers en strafrechtelijke gegevens naar het OM."));
        await FireAsync(interested, CaseWorkflow.Triggers.AcknowledgeReceipt, Carla);
        // The OM's demand (vordering) in a case it flagged: the same legal review as a formal report.
        await FireAsync(first[2], CaseWorkflow.Triggers.DemandData, Gijs, ("legalBasisCode", "SV-126ND"), ("requestedFields", new[] { "fullName", "nationality" }),
            ("omCaseNumber", "OM-2026-0417"), ("motivation", "Naam en nationaliteit volstaan voor een eerste verkenning."));
        await FireAsync(first[2], CaseWorkflow.Triggers.ApproveDisclosure, Dirk, ("motivation", "Vordering op grond van art. 126nd Sv; dataminimalisatie is in orde."));
        await FireAsync(first[2], CaseWorkflow.Triggers.RecordOutcome, Gijs, ("outcome", "joined-existing-investigation"));
        await FireAsync(interested, CaseWorkflow.Triggers.RecordOutcome, Carla, ("outcome", "investigation-opened"));
        await MinutesAsync(s1, "OM neemt twee zaken in behandeling; een zaak is teruggetrokken voor aanvulling.");
        await FireAsync(first[3], CaseWorkflow.Triggers.Answer, Anna, ("answer", "Volgens het asieldossier van het begin tot het einde van de genoemde periode."));
        await FireAsync(first[3], CaseWorkflow.Triggers.ApproveAnswer, Bram);
        // New information reopens a declined case: back to draft, the first round kept in its history.
        await FireAsync(first[6], CaseWorkflow.Triggers.Reopen, Anna, ("motivation", "Een nieuwe getuigenverklaring uit een ander asieldossier."));

        // The second session takes five cases, the most pressing first: the newest normal case waits ("session-full").
        var second = await QueuedCasesAsync(4);
        await QueuedCasesAsync(1, CasePriorities.Normal);
        var s2 = await SessionAsync(capacity: 5);
        await FireAsync(second[0], CaseWorkflow.Triggers.FlagInterest, Carla, ("motivation", "Mogelijk verband met een rechtshulpverzoek."));
        await FireAsync(second[0], CaseWorkflow.Triggers.DraftReport, Anna, ("legalBasisCode", "SV-162"), ("releasedFields", new[] { "fullName", "aliases", "vNumber" }),
            ("motivation", "Aliassen nodig om registraties te kunnen koppelen."));
        await FireAsync(second[1], CaseWorkflow.Triggers.FlagInterest, Gijs, ("motivation", "Interessant voor het lopende structurele onderzoek."));
        await FireAsync(second[2], CaseWorkflow.Triggers.RequestInformation, Gijs, ("question", "Zijn er getuigen bekend in Nederland?"));
        await CloseSessionAsync(s2, open: false);

        // Now: cases on their way to the next session, which an admin still has to freeze.
        await QueuedCasesAsync(1);
        clock.MoveTo(TimeProvider.System.GetUtcNow().AddDays(-2));
        var review = await CreateAsync(Anna);
        await FireAsync(review, CaseWorkflow.Triggers.Submit, Anna);
        await CreateAsync(Bram);
        using (var scope = services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SessionCommands>().CreateAsync(
                services.GetRequiredService<LegalCalendar>().Today(TimeProvider.System.GetUtcNow()).AddDays(14), Frank, default);
        return _next;
    }

    private async Task MinutesAsync(Guid session, string decisions)
    {
        using var scope = services.CreateScope();
        var recorded = await scope.ServiceProvider.GetRequiredService<SessionMinutes>().RecordAsync(session, new MinutesRequest(["IND", "OM"], decisions), Frank, default);
        if (recorded.Error is not null) throw new InvalidOperationException($"seed-demo could not record minutes: {recorded.Error.Title}");
    }

    private async Task<List<Guid>> QueuedCasesAsync(int count, string? priority = null)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var author = i % 2 == 0 ? Anna : Bram;
            var id = await CreateAsync(author, priority);
            await FireAsync(id, CaseWorkflow.Triggers.Submit, author);
            await FireAsync(id, CaseWorkflow.Triggers.ApproveAnonymisation, author == Anna ? Bram : Anna, ("motivation", "Samenvatting is niet herleidbaar."));
            ids.Add(id);
        }
        return ids;
    }

    private async Task<Guid> CreateAsync(Actor author, string? priority = null)
    {
        clock.Advance(TimeSpan.FromHours(20));
        var demo = DemoCases.Get(_next++);
        using var scope = services.CreateScope();
        // Some cases are more pressing than others: the agenda takes them first.
        priority ??= (_next % 5) switch { 1 => CasePriorities.Urgent, 3 => CasePriorities.High, _ => CasePriorities.Normal };
        var result = await scope.ServiceProvider.GetRequiredService<CaseCommands>().CreateAsync(new CreateCaseRequest(demo.Summary, demo.PersonalData, priority), author, default);
        return result.Value?.Id ?? throw new InvalidOperationException($"seed-demo could not create a case: {result.Error!.Title}");
    }

    /// <summary>A session a week ahead, its agenda frozen (the most pressing queued cases up to <paramref name="capacity"/>, default the configured one) and opened.</summary>
    private async Task<Guid> SessionAsync(int? capacity = null)
    {
        clock.Advance(TimeSpan.FromDays(6));
        using var scope = services.CreateScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionCommands>();
        var created = await sessions.CreateAsync(services.GetRequiredService<LegalCalendar>().Today(clock.GetUtcNow()).AddDays(7), Frank, default, capacity);
        var id = created.Value?.Id ?? throw new InvalidOperationException($"seed-demo could not schedule a session: {created.Error!.Title}");
        Check(await sessions.FireAsync(id, SessionWorkflow.Triggers.FreezeAgenda, Frank, default), SessionWorkflow.Triggers.FreezeAgenda);
        clock.Advance(TimeSpan.FromDays(7));
        Check(await sessions.FireAsync(id, SessionWorkflow.Triggers.Open, Frank, default), SessionWorkflow.Triggers.Open);
        return id;
    }

    private async Task CloseSessionAsync(Guid id, bool open = true)
    {
        clock.Advance(TimeSpan.FromDays(open ? 3 : 1));
        using var scope = services.CreateScope();
        Check(await scope.ServiceProvider.GetRequiredService<SessionCommands>().FireAsync(id, SessionWorkflow.Triggers.Close, Frank, default), SessionWorkflow.Triggers.Close);
    }

    private async Task FireAsync(Guid id, string trigger, Actor actor, params (string Name, object? Value)[] inputs)
    {
        clock.Advance(TimeSpan.FromHours(30));
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<CaseCommands>().FireAsync(id, trigger, TriggerInputs.Of(inputs), actor, null, default);
        if (result.Error is not null)
            throw new InvalidOperationException($"seed-demo could not {trigger}: {result.Error.Title} {string.Join(" ", result.Error.Conditions.Select(c => c.Message))}");
    }

    private static void Check<T>(CommandResult<T> result, string what) where T : class
    {
        if (result.Error is not null) throw new InvalidOperationException($"seed-demo could not {what}: {result.Error.Title}");
    }

    private static Actor Demo(string id)
    {
        var u = DemoUsers.Get(id);
        return new Actor(u.Id, u.Role, u.Organisation, u.DisplayName);
    }
}
