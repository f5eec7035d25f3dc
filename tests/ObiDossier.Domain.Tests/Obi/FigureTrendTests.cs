using System.Text.Json;
using ObiDossier.Domain.Obi;
using static ObiDossier.Domain.Tests.Obi.PhenomenonFiguresTests;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class FigureTrendTests
{
    private const int Minimum = ObiSettings.DefaultMinimumCellCount;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    // Eight intimidation and six surveillance by IR, twelve intimidation by TR.
    private static readonly List<CountedSignal> Before = Signals(
        ("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 8),
        ("IR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 6),
        ("TR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 12));

    private static PhenomenonFigures Previous => PhenomenonFigures.Compute(Before, null, Minimum);

    [Fact]
    public void Without_a_previous_report_there_is_no_trend()
    {
        Assert.All(Previous.Cells, c => Assert.Equal((null, null, (int?)null), (c.PreviousCount, c.PreviousDisplay, c.Change)));
    }

    [Fact]
    public void The_change_is_shown_when_both_periods_show_their_count()
    {
        var now = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 11), ("TR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 9),
            ("IR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 7));
        var cell = PhenomenonFigures.Compute(now, Previous, Minimum).Cell(FigureDimensions.StateActorByConduct, "IR×intimidation")!;
        Assert.Equal((11, 8, "8", 3), (cell.Count, cell.PreviousCount, cell.PreviousDisplay, cell.Change));
    }

    [Fact]
    public void A_suppressed_cell_now_has_no_change_or_previous_plus_change_would_give_it_away()
    {
        var now = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 9), ("IR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 3),
            ("TR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 9), ("TR", Conducts.Surveillance, Targets.Individual, Instruments.Both, 2));
        var cell = PhenomenonFigures.Compute(now, Previous, Minimum).Cell(FigureDimensions.StateActorByConduct, "IR×surveillance")!;
        Assert.Equal((null, "< 5", 6, "6", null), (cell.Count, cell.Display, cell.PreviousCount, cell.PreviousDisplay, cell.Change));
    }

    [Fact]
    public void A_cell_suppressed_in_the_previous_report_gets_no_change_now_or_now_minus_change_would_give_it_away()
    {
        var before = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 9), ("IR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 2),
            ("TR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 9), ("TR", Conducts.Surveillance, Targets.Individual, Instruments.Both, 3));
        var now = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 10), ("IR", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 7),
            ("TR", Conducts.Intimidation, Targets.Individual, Instruments.Both, 6));
        var previous = PhenomenonFigures.Compute(before, null, Minimum);
        var cell = PhenomenonFigures.Compute(now, previous, Minimum).Cell(FigureDimensions.StateActorByConduct, "IR×surveillance")!;
        Assert.Equal((7, null, "< 5", null), (cell.Count, cell.PreviousCount, cell.PreviousDisplay, cell.Change));
    }

    [Fact]
    public void The_previous_column_is_the_snapshot_as_published_read_back_from_json()
    {
        var snapshot = JsonSerializer.Deserialize<PhenomenonFigures>(JsonSerializer.Serialize(Previous, Web), Web)!;
        Assert.Equal(JsonSerializer.Serialize(Previous, Web), JsonSerializer.Serialize(snapshot, Web));

        var now = RandomSignals(new Random(11), 50);
        Assert.Equal(JsonSerializer.Serialize(PhenomenonFigures.Compute(now, Previous, Minimum), Web),
            JsonSerializer.Serialize(PhenomenonFigures.Compute(now, snapshot, Minimum), Web));
        Assert.All(PhenomenonFigures.Compute(now, snapshot, Minimum).Cells.Where(c => Previous.Cell(c.Dimension, c.Value) is not null),
            c => Assert.Equal(Previous.Cell(c.Dimension, c.Value)!.Display, c.PreviousDisplay));
    }

    [Fact]
    public void A_state_actor_the_previous_report_did_not_list_had_no_signal_then()
    {
        var now = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 10), ("CN", Conducts.Surveillance, Targets.Organisation, Instruments.Online, 6));
        var cell = PhenomenonFigures.Compute(now, Previous, Minimum).Cell(FigureDimensions.StateActor, "CN")!;
        Assert.Equal((6, 0, "0", 6), (cell.Count, cell.PreviousCount, cell.PreviousDisplay, cell.Change));
    }

    [Fact]
    public void A_state_actor_listed_before_stays_listed_with_nothing_now()
    {
        var now = Signals(("IR", Conducts.Intimidation, Targets.Community, Instruments.Physical, 10));
        var cell = PhenomenonFigures.Compute(now, Previous, Minimum).Cell(FigureDimensions.StateActor, "TR")!;
        Assert.Equal(("< 5", 12, null), (cell.Display, cell.PreviousCount, cell.Change));
    }

    [Fact]
    public void Across_random_pairs_of_reports_a_change_appears_only_between_two_shown_counts_and_no_small_cell_is_exposed()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(1000 + seed);
            var previous = PhenomenonFigures.Compute(RandomSignals(random, random.Next(0, 60)), null, Minimum);
            var signals = RandomSignals(random, random.Next(0, 60));
            var figures = PhenomenonFigures.Compute(signals, previous, Minimum);

            Assert.All(figures.Cells, c => Assert.Equal(c.Count is not null && c.PreviousCount is not null, c.Change is not null));
            Assert.All(figures.Cells.Where(c => c.Change is not null), c => Assert.Equal(c.Count - c.PreviousCount, c.Change));
            var listedBefore = previous.Cells.Where(c => c.Dimension == FigureDimensions.StateActor).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var exposed = FigureAttacker.Exposed(figures, FigureAttacker.Truth(figures, signals), listedBefore);
            Assert.True(exposed.Count == 0, $"seed {seed}: {string.Join(", ", exposed)}");
        }
    }
}
