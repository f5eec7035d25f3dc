using System.Text.Json.Serialization;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// One place in a text that identifies a person — the one finding type of the service: the
/// scanner returns it, a case stores it, guards judge it and the API serves it. Offsets are UTF-16
/// positions in the scanned text. It deliberately carries no copy of the matched value, so
/// logging or serialising a finding never leaks personal data.
/// </summary>
/// <param name="Kind">One of <see cref="FindingKinds"/>.</param>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public sealed record AnonymisationFinding(string Kind, int Start, int Length)
{
    /// <summary>
    /// The text field the finding is in when the scanned text was one of several (a summary's
    /// fields, an answer); absent for a single text, so a scan answers exactly <c>{ kind, start, length }</c>.
    /// </summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Field { get; init; }

    // Internal so that serialising a finding gives exactly { field?, kind, start, length } (README).
    internal int End => Start + Length;

    /// <summary>This finding, placed in <paramref name="field"/>.</summary>
    public AnonymisationFinding In(string field) => this with { Field = field };
}
