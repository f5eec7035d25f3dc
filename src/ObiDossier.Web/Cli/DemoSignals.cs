using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Cli;

/// <summary>What <c>seed-demo</c> does with a demo signal after recording it.</summary>
internal enum DemoSignalFate
{
    /// <summary>Submitted and approved by a second intake officer: analysts see it, a report bundles it.</summary>
    Shared,

    /// <summary>Shared, then marked not-OBI by an analyst.</summary>
    NotObi,

    /// <summary>Withdrawn by the intake organisation before it was shared.</summary>
    Withdrawn,

    /// <summary>Submitted, waiting for a second intake officer.</summary>
    InReview,

    /// <summary>Recorded, not yet submitted.</summary>
    Received,
}

/// <summary>One fictional signal: who recorded it, its anonymised fields, an invented reporter and its fate.</summary>
internal sealed record DemoSignal(string Organisation, AnonymisedSignal Signal, ReporterContact Reporter, DemoSignalFate Fate);

/// <summary>
/// A year of fictional signals for <c>seed-demo</c>, from a fixed seed: the same list on every run.
/// Weighted so that a quarter's report shows both: the frequent state actors and conducts with
/// counts of five and more, the rare ones as "&lt; 5". The texts are written as anonymised signals
/// are (no names, places, dates or numbers), and the reporters are invented.
/// </summary>
internal static class DemoSignals
{
    /// <summary>The entry points: all six intake organisations record signals.</summary>
    public static readonly IReadOnlyList<string> Organisations =
        [ObiOrganisations.Politie, ObiOrganisations.Vertrouwenslijn, ObiOrganisations.Aivd, ObiOrganisations.Nctv, ObiOrganisations.Bz, ObiOrganisations.Szw];

    private static readonly (string Code, int Weight, string Community)[] Actors =
    [
        ("CN", 26, "oeigoerse gemeenschap"), ("TR", 20, "turkse gemeenschap"), ("IR", 16, "iraanse diaspora"), ("MA", 12, "marokkaanse gemeenschap"),
        ("ER", 10, "eritrese gemeenschap"), ("RU", 8, "russischtalige gemeenschap"), ("RW", 4, "rwandese diaspora"), ("EG", 4, "egyptische diaspora"),
    ];

    private static readonly (string Code, int Weight)[] ConductWeights =
    [
        (Conducts.Intimidation, 24), (Conducts.Surveillance, 18), (Conducts.PressureViaFamily, 16), (Conducts.InformantNetwork, 12),
        (Conducts.OnlineHarassment, 14), (Conducts.UnauthorisedConsularActivity, 6), (Conducts.CoOptation, 6), (Conducts.Other, 4),
    ];

    private static readonly IReadOnlyDictionary<string, string> ModusOperandi = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CN"] = Conducts.Surveillance, ["TR"] = Conducts.Intimidation, ["IR"] = Conducts.PressureViaFamily, ["MA"] = Conducts.InformantNetwork,
        ["ER"] = Conducts.PressureViaFamily, ["RU"] = Conducts.OnlineHarassment,
    };

    private static readonly (string Code, int Weight)[] TargetWeights =
        [(Targets.Individual, 45), (Targets.Community, 30), (Targets.Organisation, 18), (Targets.PoliticalOfficeHolder, 7)];

    private static readonly IReadOnlyDictionary<string, string> Narratives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Conducts.Intimidation] = "De melder werd na een bijeenkomst aangesproken en kreeg te horen dat deelname gevolgen zou hebben.",
        [Conducts.Surveillance] = "Bij bijeenkomsten van de gemeenschap werden deelnemers gefotografeerd door mensen die niemand kende.",
        [Conducts.PressureViaFamily] = "Familieleden in het land van herkomst werden bezocht en gevraagd de melder tot zwijgen te brengen.",
        [Conducts.InformantNetwork] = "Binnen een vereniging werd gevraagd wie er kritisch was, en die informatie werd doorgegeven.",
        [Conducts.UnauthorisedConsularActivity] = "Een medewerker van de vertegenwoordiging vroeg bij een loket naar politieke activiteiten van bezoekers.",
        [Conducts.CoOptation] = "De melder kreeg hulp bij papieren aangeboden in ruil voor informatie over de gemeenschap.",
        [Conducts.OnlineHarassment] = "Na kritische berichten kreeg de melder een golf van dreigende reacties van nieuwe accounts.",
        [Conducts.Other] = "De melder merkte dat berichten in een besloten groep bij onbekenden terechtkwamen.",
    };

    private static readonly string[] Effects =
    [
        "zelfcensuur: de melder plaatst niets meer", "mijdt bijeenkomsten van de gemeenschap", "zorgen om familie in het land van herkomst",
        "vereniging stopt met openbare activiteiten", "angst en slapeloosheid", "",
    ];

    private static readonly string[] GivenNames = ["Amina", "Yusuf", "Meron", "Leyla", "Dawit", "Sara", "Omid", "Nadia", "Kerem", "Alina", "Tariq", "Hana"];
    private static readonly string[] FamilyNames = ["Qorvani", "Tesfalem", "Durmazel", "Rahimzadeh", "Kuzmenkova", "Benhaddi", "Mugabwe", "Sayedin", "Haliqov"];

    /// <summary>
    /// <paramref name="count"/> signals over the twelve months before <paramref name="current"/>
    /// (the month running now), oldest first; the most recent few are still in intake.
    /// </summary>
    public static IReadOnlyList<DemoSignal> Year(ReportingMonth current, int count = 220)
    {
        var random = new Random(1410);
        var first = current.AddMonths(-12);
        var signals = new List<DemoSignal>(count);
        for (var i = 0; i < count; i++)
        {
            var month = first.AddMonths(i * 12 / count);
            var (actor, _, community) = Pick(random, Actors, a => a.Weight);
            // Each state actor has its own modus operandi: half of its signals show it, so that the
            // state actor × conduct table has cells of five and more, as real figures do.
            var conduct = random.Next(2) == 0 && ModusOperandi.TryGetValue(actor, out var usual) ? usual : Pick(random, ConductWeights, c => c.Weight).Code;
            var instrument = conduct == Conducts.OnlineHarassment ? Instruments.Online
                : random.Next(10) switch { < 6 => Instruments.Physical, < 8 => Instruments.Online, _ => Instruments.Both };
            var region = instrument == Instruments.Online && random.Next(3) == 0 ? null : Pick(random, [.. Provinces.Codes], _ => 1);
            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var effect = Effects[random.Next(Effects.Length)];
            var fromEnd = count - i;
            var fate = fromEnd <= 3 ? DemoSignalFate.Received
                : fromEnd <= 7 ? DemoSignalFate.InReview
                : random.Next(25) switch { 0 => DemoSignalFate.Withdrawn, 1 => DemoSignalFate.NotObi, _ => DemoSignalFate.Shared };
            signals.Add(new DemoSignal(
                Organisations[random.Next(Organisations.Count)],
                new AnonymisedSignal
                {
                    StateActor = actor,
                    Conduct = conduct,
                    Instrument = instrument,
                    Target = Pick(random, TargetWeights, t => t.Weight).Code,
                    Community = community,
                    Region = region,
                    Period = month.ToString(),
                    Effect = effect.Length == 0 ? null : effect,
                    Narrative = Narratives[conduct],
                    ReferredToPolice = conduct == Conducts.Intimidation && random.Next(3) == 0,
                },
                new ReporterContact
                {
                    Name = $"{given} {family}",
                    Phone = $"06{random.Next(10_000_000, 99_999_999)}",
                    Email = random.Next(3) == 0 ? null : $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}@example.org",
                },
                fate));
        }
        return signals;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0) return item;
        }
        return items[^1];
    }
}
