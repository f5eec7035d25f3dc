using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// One published number of a phenomenon report (the README <c>figures</c>): <c>{ dimension, value, count }</c>
/// where a suppressed cell has <c>count: null</c> and a <see cref="Display"/> instead. A suppressed
/// cell's count is not kept anywhere in this record, so serialising it can never leak it.
/// </summary>
public sealed record FigureCell
{
    /// <summary>One of <see cref="FigureDimensions"/>.</summary>
    public required string Dimension { get; init; }

    /// <summary>The code counted (<c>IR</c>, <c>intimidation</c>); for the cross table <c>IR×intimidation</c>; for the total <c>all</c>.</summary>
    public required string Value { get; init; }

    /// <summary>The number of signals; null when suppressed (written as <c>null</c>, as the README says).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Count { get; init; }

    /// <summary>What a reader sees: the count, <c>&lt; 5</c> for a small cell, <c>x</c> for a cell withheld to protect one.</summary>
    public required string Display { get; init; }

    public bool Suppressed { get; init; }

    /// <summary><c>small-count</c> or <c>complementary</c> (<see cref="Suppressions"/>); null when shown.</summary>
    public string? Suppression { get; init; }

    /// <summary>The previous report's published count for this cell; null when it was suppressed or there is no previous report.</summary>
    public int? PreviousCount { get; init; }

    /// <summary>What the previous report showed for this cell; null when there is no previous report.</summary>
    public string? PreviousDisplay { get; init; }

    /// <summary><see cref="Count"/> minus <see cref="PreviousCount"/>, only when both are shown: otherwise it would give a suppressed one away.</summary>
    public int? Change { get; init; }
}

/// <summary>The dimensions of the figures (the README) and the total.</summary>
public static class FigureDimensions
{
    public const string Total = "total";
    public const string StateActor = "stateActor";
    public const string Conduct = "conduct";
    public const string Target = "target";
    public const string Instrument = "instrument";
    public const string StateActorByConduct = "stateActor×conduct";

    /// <summary>Joins a state actor and a conduct into the value of a cross-table cell.</summary>
    public const char CrossSeparator = '×';

    /// <summary>The <see cref="FigureCell.Value"/> of the total.</summary>
    public const string All = "all";

    public static string Cross(string stateActor, string conduct) => stateActor + CrossSeparator + conduct;
}

/// <summary>Why a cell is suppressed.</summary>
public static class Suppressions
{
    /// <summary>Fewer signals than the minimum cell count: shown as <c>&lt; N</c>.</summary>
    public const string SmallCount = "small-count";

    /// <summary>Large enough, but withheld so that no sum lets a reader work a small cell back out: shown as <c>x</c>.</summary>
    public const string Complementary = "complementary";

    public const string WithheldDisplay = "x";
}

/// <summary>The four codes of one signal that the figures count.</summary>
public readonly record struct CountedSignal(string StateActor, string Conduct, string Target, string Instrument);
