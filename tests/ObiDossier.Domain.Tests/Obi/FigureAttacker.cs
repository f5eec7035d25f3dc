using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

/// <summary>
/// A reader who tries to work suppressed cells back out of published figures, written apart from
/// the production check: each shown cell is exact, a <c>&lt; N</c> cell lies in [0, N-1] (in
/// [1, N-1] for a state actor listed only because it occurs now), an <c>x</c> cell is at least N;
/// then every published sum (each dimension adds up to the total, each state actor's and each
/// conduct's cross cells to its total) tightens the bounds until nothing changes.
/// </summary>
internal static class FigureAttacker
{
    private const long Unbounded = 1_000_000;

    public static Dictionary<(string Dimension, string Value), (long Lo, long Hi)> Bounds(PhenomenonFigures figures, IReadOnlySet<string>? previouslyListed = null)
    {
        var m = figures.MinimumCellCount;
        var bounds = figures.Cells.ToDictionary(c => (c.Dimension, c.Value), c => c switch
        {
            { Suppressed: false } => (Lo: (long)c.Count!.Value, Hi: (long)c.Count!.Value),
            { Suppression: Suppressions.SmallCount } => (Lo: c.Dimension == FigureDimensions.StateActor && previouslyListed?.Contains(c.Value) != true ? 1L : 0L, Hi: (long)m - 1),
            _ => (Lo: (long)m, Hi: Unbounded),
        });

        var total = (FigureDimensions.Total, FigureDimensions.All);
        var lines = new List<((string, string) Total, List<(string, string)> Parts)>();
        foreach (var dimension in new[] { FigureDimensions.StateActor, FigureDimensions.Conduct, FigureDimensions.Target, FigureDimensions.Instrument })
            lines.Add((total, [.. figures.Cells.Where(c => c.Dimension == dimension).Select(c => (c.Dimension, c.Value))]));
        foreach (var cell in figures.Cells.Where(c => c.Dimension is FigureDimensions.StateActor or FigureDimensions.Conduct))
        {
            var parts = figures.Cells.Where(c => c.Dimension == FigureDimensions.StateActorByConduct
                    && (cell.Dimension == FigureDimensions.StateActor
                        ? c.Value.StartsWith(cell.Value + FigureDimensions.CrossSeparator, StringComparison.Ordinal)
                        : c.Value.EndsWith(FigureDimensions.CrossSeparator + cell.Value, StringComparison.Ordinal)))
                .Select(c => (c.Dimension, c.Value)).ToList();
            lines.Add(((cell.Dimension, cell.Value), parts));
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (sum, parts) in lines)
            {
                var sumLo = parts.Sum(p => bounds[p].Lo);
                var sumHi = parts.Sum(p => bounds[p].Hi);
                changed |= Tighten(sum, sumLo, sumHi);
                foreach (var part in parts)
                    changed |= Tighten(part, bounds[sum].Lo - (sumHi - bounds[part].Hi), bounds[sum].Hi - (sumLo - bounds[part].Lo));
            }
        }
        return bounds;

        bool Tighten((string, string) key, long lo, long hi)
        {
            var (oldLo, oldHi) = bounds[key];
            var next = (Math.Max(oldLo, lo), Math.Min(oldHi, hi));
            if (next == (oldLo, oldHi)) return false;
            bounds[key] = next;
            return true;
        }
    }

    /// <summary>The cells with 1 to N-1 signals whose value the reader pins down; empty when the figures are safe.</summary>
    public static IReadOnlyList<string> Exposed(PhenomenonFigures figures, IReadOnlyDictionary<(string, string), int> truth, IReadOnlySet<string>? previouslyListed = null)
    {
        var bounds = Bounds(figures, previouslyListed);
        foreach (var (key, (lo, hi)) in bounds)
            Assert.True(lo <= truth[key] && truth[key] <= hi, $"the reader's bounds for {key} exclude the truth: the attacker or the figures are wrong");
        return [.. bounds.Where(b => truth[b.Key] is > 0 and var t && t < figures.MinimumCellCount && b.Value.Lo == b.Value.Hi)
            .Select(b => $"{b.Key.Item1}={b.Key.Item2}")];
    }

    /// <summary>The true count of every cell the figures publish, counted here independently.</summary>
    public static Dictionary<(string, string), int> Truth(PhenomenonFigures figures, IReadOnlyCollection<CountedSignal> signals) =>
        figures.Cells.ToDictionary(c => (c.Dimension, c.Value), c => c.Dimension switch
        {
            FigureDimensions.Total => signals.Count,
            FigureDimensions.StateActor => signals.Count(s => s.StateActor == c.Value),
            FigureDimensions.Conduct => signals.Count(s => s.Conduct == c.Value),
            FigureDimensions.Target => signals.Count(s => s.Target == c.Value),
            FigureDimensions.Instrument => signals.Count(s => s.Instrument == c.Value),
            _ => signals.Count(s => FigureDimensions.Cross(s.StateActor, s.Conduct) == c.Value),
        });
}
