namespace ObiDossier.Domain.Cases;

/// <summary>What the 1F-case guards need to know about a case, loaded before the machine runs.</summary>
public sealed record CaseFacts
{
    /// <summary>The IND officer who created the case.</summary>
    public required string AuthorId { get; init; }

    /// <summary>The IND officer who last submitted it for the anonymisation check.</summary>
    public string? SubmittedById { get; init; }

    /// <summary>Everyone who wrote or changed the summary (creator, editors, submitters): none of them may approve it.</summary>
    public IReadOnlyCollection<string> SummaryAuthorIds { get; init; } = [];

    /// <summary>The author of the answer under review, if any: they may not approve it.</summary>
    public string? AnswerAuthorId { get; init; }

    /// <summary>The prosecutors who flagged interest: the recipients of any disclosure.</summary>
    public IReadOnlyCollection<string> InterestedProsecutorIds { get; init; } = [];

    /// <summary>What the anonymisation scanner found in the text the trigger would bring to the table.</summary>
    public IReadOnlyList<TextFinding> AnonymisationFindings { get; init; } = [];

    /// <summary>The drafter of the disclosure under review, if any.</summary>
    public string? DisclosureDrafterId { get; init; }
}

/// <summary>A possible identifier in a text field: where, and of which kind — never the value.</summary>
public sealed record TextFinding(string Field, string Kind, int Start, int Length);
