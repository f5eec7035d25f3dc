using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>What every case view has, whoever reads it: the anonymised summary and the caller's actions.</summary>
public interface ICaseReadModel
{
    Guid Id { get; }
    string Reference { get; }
    string State { get; }
    SummaryDto Summary { get; }
    Guid? SessionId { get; }
    long Version { get; }
    IReadOnlyList<AllowedActionDto> AllowedActions { get; }
    IReadOnlyList<BlockedActionDto> BlockedActions { get; }
    IReadOnlyList<InterestDto> Interests { get; }
}

/// <summary>
/// A question as OM reads it: OM's own question, and IND's answer only once a second IND officer
/// approved it (<see cref="AnsweredAt"/> is then the moment of approval).
/// </summary>
public sealed record OmQuestionDto(Guid Id, string Question, DateTimeOffset AskedAt, string? Answer, DateTimeOffset? AnsweredAt);

/// <summary>An approved disclosure as OM reads it: fields, basis and recipients; never IND's motivations or officers.</summary>
public sealed record OmDisclosureDto(
    Guid Id, string Status, string LegalBasisCode, IReadOnlyList<string> ReleasedFields, string RecipientOrganisation,
    IReadOnlyList<string> RecipientIds, DateTimeOffset? ReleasedAt, string Regime, int LegalBasisVersion,
    string Route = DisclosureRoutes.FormalReport, string? OmCaseNumber = null, string? Outcome = null);

/// <summary>
/// The case as OM reads it (<c>GET /api/v1/cases/{id}</c> for an <c>om-prosecutor</c>; README, "What OM reads"). Built by
/// <see cref="OmProjection"/> from what OM may read, not from the IND view with fields removed:
/// a field added to the IND view never reaches OM by accident.
/// </summary>
public sealed record OmCaseView(
    Guid Id,
    string Reference,
    string State,
    string Workflow,
    int WorkflowVersion,
    SummaryDto Summary,
    Guid? SessionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    IReadOnlyList<AllowedActionDto> AllowedActions,
    IReadOnlyList<BlockedActionDto> BlockedActions,
    IReadOnlyList<InterestDto> Interests,
    IReadOnlyList<OmQuestionDto> Questions,
    OmDisclosureDto? Disclosure) : ICaseReadModel
{
    /// <summary>How pressing IND considers the case (<see cref="CasePriorities"/>).</summary>
    public string Priority { get; init; } = CasePriorities.Normal;
}

/// <summary>
/// One step of a case as OM reads its history: the trigger, the states, the time and the
/// organisation that took it. A motivation only when OM wrote it (OM's own question or interest);
/// IND's remarks and IND officers' names are IND's.
/// </summary>
public sealed record OmHistoryItem(string From, string Trigger, string To, string Organisation, DateTimeOffset At, string? Motivation);

/// <summary>
/// The OM projections of a case's parts: each reads only what OM may read. Stored texts are sealed
/// (<see cref="CaseTexts"/>); <c>open</c> unseals the ones OM may read, and only those.
/// </summary>
internal static class OmProjection
{
    public static OmQuestionDto Question(CaseQuestionEntity q, Func<string?, string?> open) =>
        q.AnswerApprovedAt is null
            ? new OmQuestionDto(q.Id, open(q.Question) ?? "", q.AskedAt, null, null)
            : new OmQuestionDto(q.Id, open(q.Question) ?? "", q.AskedAt, open(q.Answer), q.AnswerApprovedAt);

    /// <summary>Only an approved disclosure exists for OM.</summary>
    public static OmDisclosureDto? Disclosure(DisclosureEntity? d) =>
        d is not { Status: DisclosureStatus.Approved }
            ? null
            : new OmDisclosureDto(d.Id, d.Status.ToString(), d.LegalBasisCode, d.ReleasedFields, d.RecipientOrganisation, d.RecipientIds, d.ReviewedAt, d.Regime, d.LegalBasisVersion,
                d.Route, d.OmCaseNumber, d.Outcome);

    public static OmHistoryItem History(CaseTransitionEntity t, Func<string?, string?> open) =>
        new(t.From, t.Trigger, t.To, t.ActorOrganisation, t.At, t.ActorOrganisation == Domain.Organisations.Om ? open(t.Motivation) : null);
}
