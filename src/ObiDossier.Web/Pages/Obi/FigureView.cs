using System.Text.Json;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Obi;

/// <summary>One cell of a published figure with its Dutch label.</summary>
internal sealed record FigureRow(string Label, FigureCell Cell);

/// <summary>
/// One dimension of a report's figures, ready for the page: the accessible table (the source) and
/// the bar chart drawn from it by <c>js/obi-figures.js</c>. A suppressed cell gets no bar (its
/// value is <c>null</c> in the chart data) and its label says what the table says, "&lt; 5" or "x":
/// a bar of any height would leak what the table withholds.
/// </summary>
internal sealed record FigureGroup(string Id, string Title, IReadOnlyList<FigureRow> Rows)
{
    /// <summary>True when the domain gave the previous report's figures (there is a previous report).</summary>
    public bool HasPrevious => Rows.Any(r => r.Cell.PreviousDisplay is not null);

    public IEnumerable<FigureRow> SuppressedRows => Rows.Where(r => r.Cell.Suppressed);

    /// <summary>The chart's data: the shown counts now and, when there is one, in the previous report; null where nothing may be drawn.</summary>
    public string ChartJson(string currentLabel, string previousLabel)
    {
        var datasets = new List<object> { new { label = currentLabel, values = Rows.Select(r => r.Cell.Count) } };
        if (HasPrevious) datasets.Add(new { label = previousLabel, values = Rows.Select(r => r.Cell.PreviousCount) });
        return JsonSerializer.Serialize(new { labels = Rows.Select(ChartLabel), datasets, stacked = false });
    }

    /// <summary>The label under a bar: a suppressed one names its display, so its missing bar is explained on the chart itself.</summary>
    public static string ChartLabel(FigureRow row) => row.Cell.Suppressed ? $"{row.Label} ({row.Cell.Display})" : row.Label;
}

/// <summary>The state actor × conduct table: a row per state actor, a column per conduct, every cell as published.</summary>
internal sealed record CrossTable(IReadOnlyList<(string Code, string Label)> StateActors, IReadOnlyList<(string Code, string Label)> Conducts,
    IReadOnlyDictionary<string, FigureCell> Cells)
{
    public FigureCell? Cell(string stateActor, string conduct) => Cells.GetValueOrDefault(FigureDimensions.Cross(stateActor, conduct));

    /// <summary>Stacked bars per state actor, a segment per conduct; a suppressed cell has no segment.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        labels = StateActors.Select(a => a.Label),
        datasets = Conducts.Select(c => new { label = c.Label, values = StateActors.Select(a => Cell(a.Code, c.Code) is { Suppressed: false } cell ? cell.Count : null) }),
        stacked = true,
    });
}

/// <summary>Turns a report's published cells into the page's groups, labelled in Dutch, in the lists' own order.</summary>
internal static class FigureView
{
    public static readonly IReadOnlyList<string> Dimensions =
        [FigureDimensions.StateActor, FigureDimensions.Conduct, FigureDimensions.Target, FigureDimensions.Instrument];

    public static IReadOnlyList<FigureGroup> Groups(IReadOnlyList<FigureCell> cells, ObiLabels labels) =>
        [.. Dimensions.Select(d => new FigureGroup($"figures-{d}", labels.Dimension(d),
            [.. cells.Where(c => c.Dimension == d).Select(c => new FigureRow(labels.FigureValue(d, c.Value), c))]))];

    public static FigureCell? Total(IReadOnlyList<FigureCell> cells) => cells.FirstOrDefault(c => c.Dimension == FigureDimensions.Total);

    public static CrossTable Cross(IReadOnlyList<FigureCell> cells, ObiLabels labels)
    {
        var actors = cells.Where(c => c.Dimension == FigureDimensions.StateActor).Select(c => (c.Value, labels.StateActor(c.Value))).ToList();
        return new CrossTable(actors, labels.Conducts(),
            cells.Where(c => c.Dimension == FigureDimensions.StateActorByConduct).ToDictionary(c => c.Value, StringComparer.Ordinal));
    }
}
