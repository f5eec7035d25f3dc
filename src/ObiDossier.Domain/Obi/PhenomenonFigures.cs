using System.Globalization;
using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// The figures of a phenomenon report: signals per state actor, conduct, target, instrument and
/// state actor × conduct, and the total, each with the change against the previous report, after
/// small-count suppression (README.md in this folder). A record the API can serialise as is, and
/// that a report keeps as its snapshot once approved: the next report's trend reads that snapshot,
/// not a recount, so the previous column always shows exactly what was published.
/// </summary>
public sealed record PhenomenonFigures
{
    public required int MinimumCellCount { get; init; }

    /// <summary>Every cell: the total, then state actors (by code), conducts, targets and instruments (list order), then the cross table.</summary>
    public required IReadOnlyList<FigureCell> Cells { get; init; }

    /// <summary>The total cell: the report's <c>signalCount</c> is its <see cref="FigureCell.Count"/> (null when fewer than the minimum).</summary>
    [JsonIgnore]
    public FigureCell Total => Cells.First(c => c.Dimension == FigureDimensions.Total);

    public FigureCell? Cell(string dimension, string value) =>
        Cells.FirstOrDefault(c => c.Dimension == dimension && c.Value == value);

    /// <summary>
    /// Counts <paramref name="signals"/> (the signals bundled into the report), suppresses small
    /// cells and every cell needed to protect them, and sets the trend against the published
    /// <paramref name="previous"/> figures (the previous report's snapshot; null when there is none).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The minimum cell count is below <see cref="ObiSettings.LowestMinimumCellCount"/>.</exception>
    /// <exception cref="ArgumentException">A signal holds a code outside the desk's lists (signals are validated at intake; this is a bug).</exception>
    public static PhenomenonFigures Compute(IReadOnlyCollection<CountedSignal> signals, PhenomenonFigures? previous, int minimumCellCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCellCount, ObiSettings.LowestMinimumCellCount);
        if (signals.Any(s => !StateActors.IsWellFormed(s.StateActor) || !Conducts.IsKnown(s.Conduct) || !Targets.IsKnown(s.Target) || !Instruments.IsKnown(s.Instrument)))
            throw new ArgumentException("A counted signal holds a code outside the desk's lists.", nameof(signals));

        // A state actor is listed when it occurs now or was listed before: a row that appears only
        // now tells a reader it holds at least one signal, which the network takes into account.
        var previousActors = previous?.Cells.Where(c => c.Dimension == FigureDimensions.StateActor).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        var actors = signals.Select(s => s.StateActor).Concat(previousActors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var layout = new Layout(actors.Count);
        var network = new SuppressionNetwork(layout.Nodes, minimumCellCount);
        var cells = new List<(string Dimension, string Value, int Count, int Edge)>();
        void Add(string dimension, string value, int from, int to, int count, int smallLowerBound = 0) =>
            cells.Add((dimension, value, count, network.Add(from, to, count, smallLowerBound)));

        Add(FigureDimensions.Total, FigureDimensions.All, layout.M3, layout.S, signals.Count);
        for (var r = 0; r < actors.Count; r++)
            Add(FigureDimensions.StateActor, actors[r], layout.S, layout.Actor(r), signals.Count(s => s.StateActor == actors[r]),
                previousActors.Contains(actors[r]) ? 0 : 1);
        for (var j = 0; j < Conducts.All.Count; j++)
            Add(FigureDimensions.Conduct, Conducts.All[j], layout.Conduct(j), layout.M1, signals.Count(s => s.Conduct == Conducts.All[j]));
        foreach (var target in Targets.All)
            Add(FigureDimensions.Target, target, layout.M1, layout.M2, signals.Count(s => s.Target == target));
        foreach (var instrument in Instruments.All)
            Add(FigureDimensions.Instrument, instrument, layout.M2, layout.M3, signals.Count(s => s.Instrument == instrument));
        for (var r = 0; r < actors.Count; r++)
            for (var j = 0; j < Conducts.All.Count; j++)
                Add(FigureDimensions.StateActorByConduct, FigureDimensions.Cross(actors[r], Conducts.All[j]), layout.Actor(r), layout.Conduct(j),
                    signals.Count(s => s.StateActor == actors[r] && s.Conduct == Conducts.All[j]));

        network.Protect(total: cells[0].Edge);

        return new PhenomenonFigures
        {
            MinimumCellCount = minimumCellCount,
            Cells = [.. cells.Select(c => Publish(c.Dimension, c.Value, c.Count, network.StatusOf(c.Edge), minimumCellCount, previous))],
        };
    }

    private static FigureCell Publish(string dimension, string value, int count, SuppressionNetwork.Status status, int minimum, PhenomenonFigures? previous)
    {
        var cell = status switch
        {
            SuppressionNetwork.Status.Shown => new FigureCell { Dimension = dimension, Value = value, Count = count, Display = Text(count) },
            SuppressionNetwork.Status.Small => new FigureCell
            {
                Dimension = dimension, Value = value, Display = $"< {Text(minimum)}", Suppressed = true, Suppression = Suppressions.SmallCount,
            },
            _ => new FigureCell
            {
                Dimension = dimension, Value = value, Display = Suppressions.WithheldDisplay, Suppressed = true, Suppression = Suppressions.Complementary,
            },
        };
        if (previous is null) return cell;

        // Not in the previous figures: a state actor the previous report did not list had no signal then.
        var before = previous.Cell(dimension, value) ?? new FigureCell { Dimension = dimension, Value = value, Count = 0, Display = Text(0) };
        return cell with
        {
            PreviousCount = before.Count,
            PreviousDisplay = before.Display,
            Change = cell.Count - before.Count,
        };
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Node numbers of the network: S, one per state actor, one per conduct, M1, M2, M3.</summary>
    private sealed class Layout(int actors)
    {
        public int S => 0;
        public int Actor(int r) => 1 + r;
        public int Conduct(int j) => 1 + actors + j;
        public int M1 => 1 + actors + Conducts.All.Count;
        public int M2 => M1 + 1;
        public int M3 => M1 + 2;
        public int Nodes => M1 + 3;
    }
}
