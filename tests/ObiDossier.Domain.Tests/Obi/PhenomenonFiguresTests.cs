using System.Text.Json;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class PhenomenonFiguresTests
{
    private const int Minimum = ObiSettings.DefaultMinimumCellCount;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    internal static List<CountedSignal> Signals(params (string Actor, string Conduct, string Target, string Instrument, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Repeat(new CountedSignal(g.Actor, g.Conduct, g.Target, g.Instrument), g.Count))];

    // Instruments 10, 3 and 6: the total minus the two shown would be the 3.
    private static readonly List<CountedSignal> LoneSmallInstrument = Signals(
        ("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 10), ("IR", Conducts.Intimidation, Targets.Community, Instruments.Online, 3),
        ("IR", Conducts.Intimidation, Targets.Community, Instruments.Both, 6));

    private static PhenomenonFigures Compute(List<CountedSignal> signals, PhenomenonFigures? previous = null, int minimum = Minimum) =>
        PhenomenonFigures.Compute(signals, previous, minimum);

    private static void AssertSafe(PhenomenonFigures figures, List<CountedSignal> signals, IReadOnlySet<string>? previouslyListed = null)
    {
        var truth = FigureAttacker.Truth(figures, signals);
        Assert.Empty(FigureAttacker.Exposed(figures, truth, previouslyListed));
        Assert.All(figures.Cells.Where(c => !c.Suppressed), c => Assert.Equal(truth[(c.Dimension, c.Value)], c.Count));
        Assert.All(figures.Cells.Where(c => c.Suppression == Suppressions.SmallCount), c => Assert.True(truth[(c.Dimension, c.Value)] < Minimum));
    }

    [Fact]
    public void A_cell_of_three_signals_is_suppressed_while_a_cell_of_seven_shows_7()
    {
        var signals = Signals(
            ("IR", Conducts.Intimidation, Targets.Individual, Instruments.Physical, 7),
            ("CN", Conducts.Surveillance, Targets.Community, Instruments.Online, 3),
            ("RU", Conducts.OnlineHarassment, Targets.Individual, Instruments.Online, 2));
        var figures = Compute(signals);

        var seven = figures.Cell(FigureDimensions.StateActor, "IR")!;
        Assert.Equal((7, "7", false), (seven.Count, seven.Display, seven.Suppressed));
        var three = figures.Cell(FigureDimensions.StateActor, "CN")!;
        Assert.Equal((null, "< 5", true, Suppressions.SmallCount), (three.Count, three.Display, three.Suppressed, three.Suppression));
        Assert.Equal(12, figures.Total.Count);
        AssertSafe(figures, signals);
    }

    [Fact]
    public void A_suppressed_cell_serialises_with_a_null_count_and_without_its_value()
    {
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Individual, Instruments.Physical, 4));
        var json = JsonSerializer.Serialize(Compute(signals), Web);

        using var document = JsonDocument.Parse(json);
        var cell = document.RootElement.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("dimension").GetString() == "stateActor");
        Assert.Equal("IR", cell.GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("count").ValueKind);
        Assert.Equal("< 5", cell.GetProperty("display").GetString());
        Assert.True(cell.GetProperty("suppressed").GetBoolean());
        Assert.DoesNotContain("4", json, StringComparison.Ordinal); // "<" is written as \u003C, so the 4 is the only one
    }

    [Fact]
    public void Fewer_signals_than_the_minimum_show_no_number_at_all()
    {
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Individual, Instruments.Physical, 2), ("TR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 2));
        var figures = Compute(signals);
        Assert.All(figures.Cells, c => Assert.Equal((null, "< 5"), (c.Count, c.Display)));
        AssertSafe(figures, signals);
    }

    [Fact]
    public void The_attacker_works_a_lone_small_cell_out_of_naive_suppression()
    {
        // The test's reader must be able to win, or the tests below prove nothing.
        var signals = LoneSmallInstrument;
        var honest = Compute(signals);
        var naive = honest with
        {
            Cells = [.. honest.Cells.Select(c => c.Suppression == Suppressions.Complementary ? c with { Count = FigureAttacker.Truth(honest, signals)[(c.Dimension, c.Value)], Display = "6", Suppressed = false, Suppression = null } : c)],
        };
        Assert.Contains("instrument=online", FigureAttacker.Exposed(naive, FigureAttacker.Truth(naive, signals)));
    }

    [Fact]
    public void A_lone_small_cell_in_a_dimension_is_protected_by_withholding_the_next_smallest()
    {
        var signals = LoneSmallInstrument;
        var figures = Compute(signals);

        Assert.Equal(["10", "< 5", "x"], figures.Cells.Where(c => c.Dimension == FigureDimensions.Instrument).Select(c => c.Display));
        Assert.Equal(19, figures.Total.Count);
        AssertSafe(figures, signals);
    }

    [Fact]
    public void Two_small_cells_at_the_limit_are_not_given_away_by_their_sum()
    {
        // organisation + individual = 24 - 10 - 6 = 8, and each is below 5: both would be 4.
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 10), ("IR", Conducts.Intimidation, Targets.Organisation, Instruments.Physical, 4),
            ("IR", Conducts.Intimidation, Targets.Individual, Instruments.Physical, 4), ("IR", Conducts.Intimidation, Targets.PoliticalOfficeHolder, Instruments.Physical, 6));
        var figures = Compute(signals);

        Assert.Equal(["10", "< 5", "< 5", "x"], figures.Cells.Where(c => c.Dimension == FigureDimensions.Target).Select(c => c.Display));
        AssertSafe(figures, signals);
    }

    [Fact]
    public void A_state_actors_total_minus_its_shown_cross_cells_does_not_give_a_small_cell()
    {
        // IR has every conduct: 6 intimidation, 3 surveillance and 5 of each other one, so its row
        // total minus the shown cells would be the 3; and the surveillance column is IR's 3 alone.
        var groups = Conducts.All.Select(c => ("IR", c, Targets.Community, Instruments.Online, c == Conducts.Intimidation ? 6 : c == Conducts.Surveillance ? 3 : 5)).ToArray();
        var signals = Signals([.. groups, ("TR", Conducts.Intimidation, Targets.Organisation, Instruments.Physical, 8)]);
        var figures = Compute(signals);

        Assert.Equal("< 5", figures.Cell(FigureDimensions.StateActorByConduct, "IR×surveillance")!.Display);
        Assert.Contains(figures.Cells, c => c.Dimension == FigureDimensions.StateActorByConduct && c.Value.StartsWith("IR×", StringComparison.Ordinal) && c.Display == "x");
        AssertSafe(figures, signals);
    }

    [Fact]
    public void Three_instruments_of_four_each_are_not_given_away_by_the_total()
    {
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 4), ("IR", Conducts.Intimidation, Targets.Community, Instruments.Online, 4),
            ("IR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 4));
        var figures = Compute(signals);

        Assert.All(figures.Cells.Where(c => c.Dimension == FigureDimensions.Instrument), c => Assert.Equal("< 5", c.Display));
        AssertSafe(figures, signals);
    }

    [Fact]
    public void A_state_actor_listed_only_because_it_occurs_now_is_known_to_hold_a_signal_and_is_still_protected()
    {
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 9), ("ER", Conducts.Surveillance, Targets.Community, Instruments.Physical, 1));
        var figures = Compute(signals);
        Assert.Equal("< 5", figures.Cell(FigureDimensions.StateActor, "ER")!.Display);
        AssertSafe(figures, signals);
    }

    [Fact]
    public void The_minimum_cell_count_is_a_setting()
    {
        var signals = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 3), ("TR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 3));
        var figures = Compute(signals, minimum: 3);
        Assert.Equal((3, "3"), (figures.Cell(FigureDimensions.StateActor, "IR")!.Count, figures.Cell(FigureDimensions.StateActor, "IR")!.Display));
        Assert.Equal("< 3", figures.Cell(FigureDimensions.Target, Targets.Individual)!.Display);
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(signals, minimum: 1));
    }

    [Fact]
    public void A_code_outside_the_lists_is_a_bug_not_a_new_cell()
    {
        Assert.Throws<ArgumentException>(() => Compute(Signals(("IR", "bribery", Targets.Community, Instruments.Physical, 5))));
        Assert.Throws<ArgumentException>(() => Compute(Signals(("Iran", Conducts.Intimidation, Targets.Community, Instruments.Physical, 5))));
    }

    [Fact]
    public void Figures_are_the_same_for_the_same_signals_in_any_order()
    {
        var signals = RandomSignals(new Random(7), 40);
        var shuffled = signals.AsEnumerable().Reverse().ToList();
        Assert.Equal(JsonSerializer.Serialize(Compute(signals), Web), JsonSerializer.Serialize(Compute(shuffled), Web));
    }

    [Fact]
    public void No_small_cell_can_be_worked_out_of_random_reports()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var signals = RandomSignals(random, random.Next(0, 80));
            var figures = Compute(signals);
            var truth = FigureAttacker.Truth(figures, signals);
            var exposed = FigureAttacker.Exposed(figures, truth);
            Assert.True(exposed.Count == 0, $"seed {seed}: {string.Join(", ", exposed)}");
            Assert.All(figures.Cells.Where(c => !c.Suppressed), c => Assert.Equal(truth[(c.Dimension, c.Value)], c.Count));
        }
    }

    internal static List<CountedSignal> RandomSignals(Random random, int count)
    {
        // Skewed like real reports: a few state actors and conducts dominate, many cells are small.
        string[] actors = ["CN", "ER", "IR", "MA", "RU", "TR"];
        var active = actors.Take(random.Next(1, actors.Length + 1)).ToArray();
        string Pick(IReadOnlyList<string> values) => values[(int)(Math.Pow(random.NextDouble(), 2) * values.Count)];
        return [.. Enumerable.Range(0, count).Select(_ => new CountedSignal(Pick(active), Pick(Conducts.All), Pick(Targets.All), Pick(Instruments.All)))];
    }
}
