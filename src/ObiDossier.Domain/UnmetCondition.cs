namespace ObiDossier.Domain;

/// <summary>One reason why something may not happen: a stable code for clients and a message for people.</summary>
public sealed record UnmetCondition(string Code, string Message)
{
    /// <summary>
    /// The variable parts of <see cref="Message"/> in order (codes, dates, field and category names;
    /// never a personal-data value), so the UI can say the same in Dutch from a text keyed by
    /// <see cref="Code"/>. Not part of the API, and not part of equality: the code and message are.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public bool Equals(UnmetCondition? other) => other is not null && Code == other.Code && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Code, Message);
}
