using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>
/// A 1F case dossier: the anonymised summary and the workflow state. The personal data are not
/// here: they live encrypted in the vault, keyed by <see cref="Id"/>.
/// </summary>
public sealed class CaseEntity : IWorkflowInstance
{
    public Guid Id { get; set; }

    /// <summary>Human reference such as <c>1F-2026-000123</c>; carries no personal data.</summary>
    public required string Reference { get; set; }

    public required string WorkflowName { get; set; }
    public int WorkflowVersion { get; set; }
    public required string State { get; set; }

    public required CaseSummary Summary { get; set; }

    /// <summary>The anonymisation scanner's findings on the saved summary (kinds and places, never values).</summary>
    public List<AnonymisationFinding> SummaryFindings { get; set; } = [];

    public required string AuthorId { get; set; }

    /// <summary>
    /// Everyone who wrote, changed or submitted the summary: the four-eyes check of the
    /// anonymisation keeps every one of them from approving it (not only the creator).
    /// </summary>
    public List<string> SummaryAuthorIds { get; set; } = [];

    public required string OwnerOrganisation { get; set; }
    public string? SubmittedById { get; set; }
    public string? SubmitOverrideMotivation { get; set; }

    /// <summary>The session whose agenda the case is (or was last) on; null until its first agenda.</summary>
    public Guid? SessionId { get; set; }

    /// <summary>How pressing the case is (<see cref="CasePriorities"/>): the agenda takes urgent cases first. IND sets it until the case is on an agenda.</summary>
    public string Priority { get; set; } = CasePriorities.Normal;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, served as the ETag.</summary>
    public long Version { get; set; }

    /// <summary>Adds an author of the summary (four eyes means every author, README "Personal data, the legal basis and the audit trail").</summary>
    public void AddSummaryAuthor(string actorId)
    {
        if (!SummaryAuthorIds.Contains(actorId, StringComparer.Ordinal)) SummaryAuthorIds = [.. SummaryAuthorIds, actorId];
    }
}

/// <summary>The anonymised summary of a case (README "Personal data, the legal basis and the audit trail").</summary>
public sealed class CaseSummary
{
    public string Title { get; set; } = "";
    public string? Narrative { get; set; }
    public string? CountryOfOrigin { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public List<string> SuspectedCrimes { get; set; } = [];
    public string? PositionHeld { get; set; }
}

/// <summary>A case's priority (<c>priority</c>, README "Workflows"), most pressing first: "de meest prangende casuïstiek" goes to the table first.</summary>
public static class CasePriorities
{
    public const string Urgent = "urgent";
    public const string High = "high";
    public const string Normal = "normal";

    /// <summary>Every priority, most pressing first.</summary>
    public static readonly IReadOnlyList<string> All = [Urgent, High, Normal];

    public static bool IsKnown(string? priority) => priority is not null && All.Contains(priority, StringComparer.Ordinal);

    /// <summary>The rank the agenda sorts by: 0 is the most pressing; an unknown value last.</summary>
    public static int Rank(string priority) => priority switch { Urgent => 0, High => 1, Normal => 2, _ => 3 };
}
