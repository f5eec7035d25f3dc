using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Obi;

/// <summary><c>POST /obi/signals</c>: the anonymised signal and the reporter's contact (to the vault only).</summary>
public sealed record CreateSignalRequest(AnonymisedSignal? Signal, ReporterContact? Reporter);

/// <summary><c>PUT /obi/signals/{id}</c>: the signal and/or the reporter's contact, each replaced whole; in Received only.</summary>
public sealed record UpdateSignalRequest(AnonymisedSignal? Signal, ReporterContact? Reporter);

/// <summary>The answer to <c>POST /obi/signals</c>.</summary>
public sealed record SignalCreated(Guid Id, string Reference, string State, long Version);

/// <summary>
/// A signal as its reader sees it (<c>GET /obi/signals/{id}</c>): the anonymised fields, never the
/// reporter. The scanner's findings and the override motivation are the intake organisation's
/// (null for analysts), as IND's remarks are IND's.
/// </summary>
public sealed record SignalView(
    Guid Id,
    string Reference,
    string State,
    string IntakeOrganisation,
    AnonymisedSignal Signal,
    IReadOnlyList<AllowedActionDto> AllowedActions,
    IReadOnlyList<BlockedActionDto> BlockedActions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SharedAt,
    Guid? ReportId,
    long Version)
{
    /// <summary>The scanner's findings on the saved text (field, kind, place): for the intake organisation only.</summary>
    public IReadOnlyList<AnonymisationFinding>? AnonymisationFindings { get; init; }

    /// <summary>Why heuristic findings were overridden at submission: for the intake organisation only.</summary>
    public string? SubmitOverrideMotivation { get; init; }

    /// <summary>Whether the reporter's contact was destroyed at the end of retention (for the intake organisation; null for others).</summary>
    public bool? ReporterShredded { get; init; }
}

/// <summary>One row of <c>GET /obi/signals</c>.</summary>
public sealed record SignalListItem(
    Guid Id, string Reference, string State, string IntakeOrganisation, string StateActor, string Conduct, string Period, string? Region,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record SignalListPage(IReadOnlyList<SignalListItem> Items, string? NextCursor);

/// <summary>The answer to a fired signal or report trigger.</summary>
public sealed record ObiActionResponse(Guid Id, string State, string From, string Trigger, long Version);

/// <summary><c>POST /obi/reports</c>: whole months <c>yyyy-MM</c>; both left out is the last calendar quarter that ended.</summary>
public sealed record CreateReportRequest(string? PeriodFrom, string? PeriodTo);

/// <summary><c>PUT /obi/reports/{id}</c>: the analysis text; in Draft only.</summary>
public sealed record UpdateReportRequest(string? Analysis);

/// <summary><c>POST /obi/reports/{id}/follow-ups</c>: a kind (<see cref="FollowUpKinds"/>) and a description.</summary>
public sealed record FollowUpRequest(string? Kind, string? Description);

/// <summary>What a partner organisation did with a distributed report.</summary>
public sealed record FollowUpView(Guid Id, string Kind, string Description, string Organisation, string RecordedById, DateTimeOffset RecordedAt);

/// <summary>
/// A phenomenon report (<c>GET /obi/reports/{id}</c>). <see cref="SignalCount"/> is the total
/// cell's count (null when suppressed), never a count of its own; <see cref="Figures"/> are the
/// cells with small-count suppression (frozen at approval).
/// </summary>
public sealed record ReportView(
    Guid Id,
    string Reference,
    string State,
    string PeriodFrom,
    string PeriodTo,
    int? SignalCount,
    IReadOnlyList<FigureCell> Figures,
    int MinimumCellCount,
    string? Analysis,
    IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<AllowedActionDto> AllowedActions,
    IReadOnlyList<BlockedActionDto> BlockedActions,
    Guid? PreviousReportId,
    string DraftedById,
    string? ApprovedById,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? DistributedAt,
    long Version)
{
    /// <summary>The scanner's findings on the saved analysis (kind and place): for analysts and coordinators, null for partners.</summary>
    public IReadOnlyList<AnonymisationFinding>? AnalysisFindings { get; init; }
}

/// <summary>One row of <c>GET /obi/reports</c>.</summary>
public sealed record ReportListItem(Guid Id, string Reference, string State, string PeriodFrom, string PeriodTo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ReportListPage(IReadOnlyList<ReportListItem> Items, string? NextCursor);
