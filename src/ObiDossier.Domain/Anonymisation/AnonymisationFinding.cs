namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// One place in a text that identifies a person. Offsets are UTF-16 positions in the scanned
/// text. It deliberately carries no copy of the matched value, so logging or serialising a
/// finding never leaks personal data.
/// </summary>
/// <param name="Kind">One of <see cref="FindingKinds"/>.</param>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public sealed record AnonymisationFinding(string Kind, int Start, int Length)
{
    // Internal so that serialising a finding gives exactly { kind, start, length } (README, "Anonymisation guard").
    internal int End => Start + Length;
}
