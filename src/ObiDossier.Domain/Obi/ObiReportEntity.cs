using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// A phenomenon report as stored (Obi/README.md), run by the <see cref="ObiReport"/> aggregate. While in Draft or
/// MethodReview its figures are computed from its bundled signals on each read; approval freezes
/// them in <see cref="FiguresJson"/>, which the next report's trend reads, so the previous column
/// always shows exactly what was published.
/// </summary>
public sealed class ObiReportEntity : IWorkflowInstance
{
    public Guid Id { get; set; }

    /// <summary>Human reference such as <c>OBI-R-2026-Q3</c>.</summary>
    public required string Reference { get; set; }

    public string WorkflowName { get; set; } = ObiReportWorkflow.Name;
    public int WorkflowVersion { get; set; }
    public required string State { get; set; }

    /// <summary>First month covered, <c>yyyy-MM</c> (the README <c>periodFrom</c>).</summary>
    public required string PeriodFrom { get; set; }

    /// <summary>Last month covered, inclusive, <c>yyyy-MM</c> (the README <c>periodTo</c>).</summary>
    public required string PeriodTo { get; set; }

    /// <summary>The analyst who opened it.</summary>
    public required string DraftedById { get; set; }

    /// <summary>Everyone who opened, changed or submitted it: none of them may approve it.</summary>
    public List<string> AuthorIds { get; set; } = [];

    /// <summary>The analysis text (scanned before submission).</summary>
    public string? Analysis { get; set; }

    /// <summary>The anonymisation scanner's findings on the saved analysis (kind and place, never values).</summary>
    public List<AnonymisationFinding> AnalysisFindings { get; set; } = [];

    /// <summary>The report whose figures the trend compares with: the one on <see cref="ReportingPeriod.Previous"/>, if any.</summary>
    public Guid? PreviousReportId { get; set; }

    /// <summary>The serialised <see cref="PhenomenonFigures"/> as approved; null before approval.</summary>
    public string? FiguresJson { get; set; }

    public string? ApprovedById { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? DistributedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, served as the ETag.</summary>
    public long Version { get; set; }

    public List<ObiFollowUpEntity> FollowUps { get; set; } = [];

    /// <summary>Adds an author of the report: none of them may approve it.</summary>
    public void AddAuthor(string actorId)
    {
        if (!AuthorIds.Contains(actorId, StringComparer.Ordinal)) AuthorIds = [.. AuthorIds, actorId];
    }

    public ReportingPeriod Period()
    {
        if (!ReportingMonth.TryParse(PeriodFrom, out var from) || !ReportingMonth.TryParse(PeriodTo, out var to))
            throw new InvalidOperationException("A stored report has a malformed period.");
        return new ReportingPeriod(from, to);
    }
}
