using Microsoft.Extensions.Localization;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.WebUi;

/// <summary>
/// The Dutch label of every code of the OBI desk, in one place: conducts, instruments, targets,
/// follow-up kinds, organisations, states and figure dimensions from <c>UiText.resx</c>; provinces
/// and state actors from the domain's own Dutch names (<see cref="Provinces"/>, <see cref="StateActors"/>).
/// A code without a label (a state actor outside the demo list) shows as the code itself, never blank.
/// </summary>
internal sealed class ObiLabels(IStringLocalizer<UiText> t)
{
    public string Conduct(string code) => Text($"Conduct.{code}", code);
    public string Instrument(string code) => Text($"Instrument.{code}", code);
    public string Target(string code) => Text($"Target.{code}", code);
    public string FollowUpKind(string code) => Text($"FollowUp.{code}", code);
    public string Organisation(string code) => Text($"Organisation.{code}", code);
    public string State(string state) => Text($"State.{state}", state);
    public string Dimension(string dimension) => Text($"Dimension.{dimension}", dimension);

    /// <summary>The province's Dutch name; "none" (online interference has no place) when there is no region.</summary>
    public string Province(string? code) =>
        code is null ? t["Obi.NoRegion"] : Domain.Obi.Provinces.DutchNames.TryGetValue(code, out var name) ? name : code;

    /// <summary>The country's Dutch name for the demo list, with its code; any other valid code as the code.</summary>
    public string StateActor(string code) => Domain.Obi.StateActors.Demo.TryGetValue(code, out var name) ? $"{name} ({code})" : code;

    /// <summary>The label of a figure cell's value in its dimension (<c>IR×intimidation</c> becomes "Iran (IR) × Intimidatie").</summary>
    public string FigureValue(string dimension, string value) => dimension switch
    {
        FigureDimensions.StateActor => StateActor(value),
        FigureDimensions.Conduct => Conduct(value),
        FigureDimensions.Target => Target(value),
        FigureDimensions.Instrument => Instrument(value),
        FigureDimensions.StateActorByConduct when value.Split(FigureDimensions.CrossSeparator) is [var actor, var conduct] =>
            $"{StateActor(actor)} × {Conduct(conduct)}",
        FigureDimensions.Total => t["Dimension.total"],
        _ => value,
    };

    /// <summary>The choices of a form's select: code and label, in the list's own order.</summary>
    public IReadOnlyList<(string Code, string Label)> Conducts() => [.. Domain.Obi.Conducts.All.Select(c => (c, Conduct(c)))];
    public IReadOnlyList<(string Code, string Label)> Instruments() => [.. Domain.Obi.Instruments.All.Select(c => (c, Instrument(c)))];
    public IReadOnlyList<(string Code, string Label)> Targets() => [.. Domain.Obi.Targets.All.Select(c => (c, Target(c)))];
    public IReadOnlyList<(string Code, string Label)> FollowUpKinds() => [.. Domain.Obi.FollowUpKinds.All.Select(c => (c, FollowUpKind(c)))];
    public IReadOnlyList<(string Code, string Label)> Provinces() => [.. Domain.Obi.Provinces.DutchNames.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
    public IReadOnlyList<(string Code, string Label)> StateActors() => [.. Domain.Obi.StateActors.Demo.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];

    private string Text(string key, string fallback)
    {
        var s = t[key];
        return s.ResourceNotFound ? fallback : s.Value;
    }
}
