namespace ObiDossier.Domain.Obi;

/// <summary>
/// The anonymised part of a signal as the API carries it (<c>signal</c> in <c>POST /obi/signals</c>):
/// the only part analysts ever see. Strings, not typed values, because this is what a client sent;
/// <see cref="SignalValidation"/> says what is wrong with it before anything is stored.
/// </summary>
public sealed record AnonymisedSignal
{
    /// <summary>The state of origin suspected of the interference: ISO 3166-1 alpha-2 (<see cref="StateActors"/>).</summary>
    public string? StateActor { get; init; }

    /// <summary>One of <see cref="Conducts"/>.</summary>
    public string? Conduct { get; init; }

    /// <summary>One of <see cref="Instruments"/>.</summary>
    public string? Instrument { get; init; }

    /// <summary>One of <see cref="Targets"/>.</summary>
    public string? Target { get; init; }

    /// <summary>The diaspora concerned (free text, short, scanned).</summary>
    public string? Community { get; init; }

    /// <summary>A province code (<see cref="Provinces"/>), never a place; optional (online interference has none).</summary>
    public string? Region { get; init; }

    /// <summary>The month it happened (<c>yyyy-MM</c>, <see cref="ReportingMonth"/>), never a day.</summary>
    public string? Period { get; init; }

    /// <summary>What it did to the people concerned, e.g. self-censorship (free text, short, scanned).</summary>
    public string? Effect { get; init; }

    /// <summary>The anonymised account (scanned by the anonymisation guard before submission).</summary>
    public string? Narrative { get; init; }

    /// <summary>True when the reporter was advised to report a crime to the police; the signal still counts.</summary>
    public bool? ReferredToPolice { get; init; }

    /// <summary>
    /// Every free-text field with its API name: each is scanned, not only the narrative, since a
    /// reporter's name typed into "community" would otherwise reach analysts unchecked.
    /// </summary>
    public IEnumerable<(string Field, string Text)> ScannedTexts()
    {
        if (!string.IsNullOrEmpty(Narrative)) yield return (SignalFields.Narrative, Narrative);
        if (!string.IsNullOrEmpty(Community)) yield return (SignalFields.Community, Community);
        if (!string.IsNullOrEmpty(Effect)) yield return (SignalFields.Effect, Effect);
    }
}

/// <summary>The field names of <see cref="AnonymisedSignal"/> in the API (camelCase, under <c>signal</c>).</summary>
public static class SignalFields
{
    public const string StateActor = "stateActor";
    public const string Conduct = "conduct";
    public const string Instrument = "instrument";
    public const string Target = "target";
    public const string Community = "community";
    public const string Region = "region";
    public const string Period = "period";
    public const string Effect = "effect";
    public const string Narrative = "narrative";
    public const string ReferredToPolice = "referredToPolice";

    public static readonly IReadOnlyList<string> All =
        [StateActor, Conduct, Instrument, Target, Community, Region, Period, Effect, Narrative, ReferredToPolice];
}
