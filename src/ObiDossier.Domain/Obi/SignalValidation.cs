using System.Globalization;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// Checks the anonymised fields of a signal. Each problem is an <see cref="UnmetCondition"/> with a
/// stable code and the field's path (<c>signal.conduct</c>) as its first argument, so the API can
/// answer with <c>unmetConditions</c> or with errors per field; messages name fields and lists,
/// never the value sent (it may be personal data typed into the wrong box).
/// </summary>
public static class SignalValidation
{
    public const int MaxCommunityLength = 100;
    public const int MaxEffectLength = 200;
    public const int MaxNarrativeLength = 20_000;

    /// <summary>
    /// Required: stateActor, conduct, instrument, target, period, narrative, referredToPolice.
    /// Optional: community, region, effect. <paramref name="today"/> bounds the period.
    /// </summary>
    public static IReadOnlyList<UnmetCondition> Validate(AnonymisedSignal? signal, DateOnly today)
    {
        if (signal is null) return [new UnmetCondition("input-required", "The anonymised signal is required.") { Arguments = ["signal"] }];
        var problems = new List<UnmetCondition>();

        if (Required(signal.StateActor, SignalFields.StateActor) is { } actor && StateActors.Check(actor, Path(SignalFields.StateActor)) is { } actorProblem)
            problems.Add(actorProblem);
        Listed(signal.Conduct, SignalFields.Conduct, Conducts.All, "invalid-conduct");
        Listed(signal.Instrument, SignalFields.Instrument, Instruments.All, "invalid-instrument");
        Listed(signal.Target, SignalFields.Target, Targets.All, "invalid-target");
        if (Required(signal.Period, SignalFields.Period) is { } period && ReportingMonth.Check(period, today, Path(SignalFields.Period), out _) is { } periodProblem)
            problems.Add(periodProblem);
        if (!string.IsNullOrWhiteSpace(signal.Region) && Provinces.Check(signal.Region, Path(SignalFields.Region)) is { } regionProblem)
            problems.Add(regionProblem);
        if (signal.ReferredToPolice is null) Add("input-required", SignalFields.ReferredToPolice, "is required (true or false).");

        Text(signal.Community, SignalFields.Community, MaxCommunityLength, multiline: false);
        Text(signal.Effect, SignalFields.Effect, MaxEffectLength, multiline: false);
        if (Required(signal.Narrative, SignalFields.Narrative) is not null)
            Text(signal.Narrative, SignalFields.Narrative, MaxNarrativeLength, multiline: true);
        return problems;

        string? Required(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value)) return value;
            Add("input-required", field, "is required.");
            return null;
        }

        void Listed(string? value, string field, IReadOnlyList<string> codes, string code)
        {
            if (Required(value, field) is { } v && !codes.Contains(v, StringComparer.Ordinal))
                Add(code, field, $"must be one of {string.Join(", ", codes)}.");
        }

        void Text(string? value, string field, int max, bool multiline)
        {
            if (value is null) return;
            if (value.Length > max)
                problems.Add(new UnmetCondition("input-too-long", $"'{Path(field)}' is longer than {max} characters.")
                    { Arguments = [Path(field), max.ToString(CultureInfo.InvariantCulture)] });
            else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
                Add("input-control-characters", field, "holds control characters.");
        }

        void Add(string code, string field, string message) =>
            problems.Add(new UnmetCondition(code, $"'{Path(field)}' {message}") { Arguments = [Path(field)] });
    }

    private static string Path(string field) => "signal." + field;
}
