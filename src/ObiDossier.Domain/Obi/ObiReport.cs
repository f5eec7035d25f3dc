using System.Text.Json;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// A phenomenon report as its workflow (<c>obi-report</c>) sees it: the row, the signals bundled
/// into it, the previous report's published figures and the minimum cell count, loaded once per
/// command. Its figures are computed on each read until approval freezes them.
/// </summary>
public sealed class ObiReport(ObiReportEntity entity, IEnumerable<ObiSignalEntity> signals, PhenomenonFigures? previous, int minimumCellCount)
    : WorkflowAggregate<ObiReportEntity>(entity)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id => Entity.Id;

    /// <summary>The signals bundled into it (Shared until approval, Bundled after).</summary>
    public IReadOnlyList<ObiSignalEntity> Signals { get; } = [.. signals];

    /// <summary>The published figures of the report on <see cref="ReportingPeriod.Previous"/>, if there is one.</summary>
    public PhenomenonFigures? Previous { get; } = previous;

    public int MinimumCellCount { get; } = minimumCellCount;

    /// <summary>What the scanner found in the analysis for the trigger in hand; the saved findings until then.</summary>
    public IReadOnlyList<AnonymisationFinding> AnalysisFindings { get; set; } = entity.AnalysisFindings;

    /// <summary>The frozen figures once approved; computed from the bundled signals before.</summary>
    public PhenomenonFigures Figures() => Frozen(Entity)
        ?? PhenomenonFigures.Compute([.. Signals.Select(s => s.Counted())], Previous, MinimumCellCount);

    /// <summary>The figures a report published (its snapshot), or null before its approval.</summary>
    public static PhenomenonFigures? Frozen(ObiReportEntity report) =>
        report.FiguresJson is null ? null : JsonSerializer.Deserialize<PhenomenonFigures>(report.FiguresJson, Json);

    /// <summary>Whether <paramref name="userId"/> opened, changed or submitted it (none of them may approve it).</summary>
    public bool IsAuthor(string userId) => userId == Entity.DraftedById || Entity.AuthorIds.Contains(userId, StringComparer.Ordinal);

    public void Submit(string analystId)
    {
        Entity.AddAuthor(analystId);
        Entity.AnalysisFindings = [.. AnalysisFindings];
    }

    /// <summary>Freezes the figures as approved: what partners read, and what the next report's trend compares with.</summary>
    public void Approve(string coordinatorId, DateTimeOffset at)
    {
        Entity.FiguresJson = JsonSerializer.Serialize(Figures(), Json);
        Entity.ApprovedById = coordinatorId;
        Entity.ApprovedAt = at;
    }

    public void Distribute(DateTimeOffset at) => Entity.DistributedAt = at;

    public void Touch(DateTimeOffset at)
    {
        Entity.UpdatedAt = at;
        Entity.Version++;
    }
}
