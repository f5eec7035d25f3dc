namespace ObiDossier.Domain.Cases;

/// <summary>One transition of a case: its history (<c>GET /api/v1/cases/{id}/history</c>, README "Personal data, the legal basis and the audit trail").</summary>
public sealed class CaseTransitionEntity
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public required string From { get; set; }
    public required string Trigger { get; set; }
    public required string To { get; set; }
    public required string ActorId { get; set; }
    public required string ActorRole { get; set; }
    public required string ActorOrganisation { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Motivation { get; set; }
    public Guid? SessionId { get; set; }
}

/// <summary>A prosecutor's interest in a case; the interested prosecutors are the disclosure's recipients.</summary>
public sealed class CaseInterestEntity
{
    public Guid CaseId { get; set; }
    public required string ProsecutorId { get; set; }
    public required string ProsecutorName { get; set; }
    public required string Motivation { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A question from OM and IND's anonymised answer.</summary>
public sealed class CaseQuestionEntity
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string Question { get; set; }
    public required string AskedById { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredById { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnswerOverrideMotivation { get; set; }

    /// <summary>The second IND officer who approved the answer; OM reads an answer only once it is approved.</summary>
    public string? AnswerApprovedById { get; set; }
    public DateTimeOffset? AnswerApprovedAt { get; set; }
}

/// <summary>
/// A disclosure of personal data: the one way data leave the vault. Names fields (never values),
/// the legal basis, the recipients, the drafter and the approver.
/// </summary>
public sealed class DisclosureEntity
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string LegalBasisCode { get; set; }
    public List<string> ReleasedFields { get; set; } = [];
    public required string RecipientOrganisation { get; set; }

    /// <summary>The prosecutors who may read the released fields, fixed at approval.</summary>
    public List<string> RecipientIds { get; set; } = [];

    public DisclosureStatus Status { get; set; }
    public required string DraftedById { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public string? DraftMotivation { get; set; }
    public string? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewMotivation { get; set; }

    /// <summary>The legal regime the data fall under once released (Wjsg at the OM).</summary>
    public required string Regime { get; set; }

    /// <summary>
    /// The version of the legal basis (<c>LegalBasisVersionEntity</c>) the disclosure was approved
    /// under, set at approval (0 until then): a later change of the registry never changes what it rested on.
    /// </summary>
    public int LegalBasisVersion { get; set; }

    /// <summary>How the request for the data came: IND's formal report or the OM's demand (<see cref="DisclosureRoutes"/>); existing disclosures are formal reports.</summary>
    public string Route { get; set; } = DisclosureRoutes.FormalReport;

    /// <summary>The OM's case number a demand names (no personal data); null for a formal report.</summary>
    public string? OmCaseNumber { get; set; }

    /// <summary>What came of the release, recorded once by a recipient prosecutor (<see cref="DisclosureOutcomes"/>); null until then.</summary>
    public string? Outcome { get; set; }
    public string? OutcomeById { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }
}

/// <summary>The two routes to a release (README "Workflows"): IND's formal report (aangifte), the OM's demand (vordering).</summary>
public static class DisclosureRoutes
{
    public const string FormalReport = "formal-report";
    public const string Demand = "demand";
    public static readonly IReadOnlyList<string> All = [FormalReport, Demand];
}

/// <summary>What came of a release (<c>record-outcome</c>): the fixed list the report to parliament counts.</summary>
public static class DisclosureOutcomes
{
    public const string InvestigationOpened = "investigation-opened";
    public const string JoinedExistingInvestigation = "joined-existing-investigation";
    public const string NoInvestigation = "no-investigation";
    public static readonly IReadOnlyList<string> All = [InvestigationOpened, JoinedExistingInvestigation, NoInvestigation];
}

public enum DisclosureStatus
{
    InReview,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>
/// A member of a case's team inside IND (need to know, README "Personal data, the legal basis and the audit trail"): the case's author is
/// one from the start; a member or an admin adds others. Members read the case's personal data;
/// another IND officer only by break-glass.
/// </summary>
public sealed class CaseTeamMemberEntity
{
    public Guid CaseId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }
    public required string AddedById { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
