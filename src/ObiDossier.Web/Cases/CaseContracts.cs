using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Web.Cases;

/// <summary>The anonymised summary (the <c>summary</c> of the case routes, <see cref="CasesApi"/>).</summary>
public sealed record SummaryDto(
    string? Title,
    string? Narrative,
    string? CountryOfOrigin,
    string? PeriodFrom,
    string? PeriodTo,
    IReadOnlyList<string>? SuspectedCrimes,
    string? PositionHeld);

/// <summary><c>POST /cases</c>: a draft case; <c>priority</c> (urgent, high, normal) defaults to normal.</summary>
public sealed record CreateCaseRequest(SummaryDto? Summary, PersonalData? PersonalData, string? Priority = null);

/// <summary>
/// <c>PUT /cases/{id}</c>: any part may be left out to keep it as it is. The summary and personal
/// data change in Draft only; the priority until the case is on an agenda.
/// </summary>
public sealed record UpdateCaseRequest(SummaryDto? Summary, PersonalData? PersonalData, string? Priority = null);

public sealed record ActionInputDto(string Name, string Type, bool Required, string Description);

/// <summary>A trigger the caller may fire now, with the inputs it needs.</summary>
public sealed record AllowedActionDto(string Trigger, string Description, IReadOnlyList<ActionInputDto> Inputs);

/// <summary>A trigger of the caller's role that is not possible now, and why.</summary>
public sealed record BlockedActionDto(string Trigger, string Description, IReadOnlyList<UnmetConditionDto> UnmetConditions);

public sealed record UnmetConditionDto(string Code, string Message)
{
    /// <summary>The condition's variable parts, for the UI's Dutch texts; not part of the API.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The domain condition again, for the UI's condition list.</summary>
    public Domain.UnmetCondition ToCondition() => new(Code, Message) { Arguments = Arguments };
}

public sealed record ActorDto(string Id, string Role, string Organisation, string DisplayName);

public sealed record InterestDto(string ProsecutorId, string ProsecutorName, string Motivation, DateTimeOffset At);

/// <summary>A question as IND reads it: the answer also while it waits for review, with its override motivation and approval.</summary>
public sealed record QuestionDto(Guid Id, string Question, DateTimeOffset AskedAt, string? Answer, DateTimeOffset? AnsweredAt,
    string? AnsweredById = null, string? AnswerOverrideMotivation = null, string? AnswerApprovedById = null, DateTimeOffset? AnswerApprovedAt = null);

/// <summary>A disclosure as the anonymised view shows it: field names and basis, never values.</summary>
public sealed record DisclosureDto(
    Guid Id, string Status, string LegalBasisCode, IReadOnlyList<string> ReleasedFields, string RecipientOrganisation,
    IReadOnlyList<string> RecipientIds, string DraftedById, DateTimeOffset DraftedAt, string? DraftMotivation,
    string? ReviewedById, DateTimeOffset? ReviewedAt, string? ReviewMotivation, string Regime, int LegalBasisVersion = 0,
    string Route = DisclosureRoutes.FormalReport, string? OmCaseNumber = null, string? Outcome = null);


/// <summary>
/// The anonymised view of a case as IND reads it (<c>GET /api/v1/cases/{id}</c>), with IND's own
/// remarks. Holds no personal data. OM reads <see cref="OmCaseView"/> instead.
/// </summary>
public sealed record CaseView(
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
    IReadOnlyList<QuestionDto> Questions,
    DisclosureDto? Disclosure,
    IReadOnlyList<AnonymisationFinding>? AnonymisationFindings,
    string? SubmitOverrideMotivation) : ICaseReadModel
{
    /// <summary>How pressing the case is (<see cref="CasePriorities"/>).</summary>
    public string Priority { get; init; } = CasePriorities.Normal;

    /// <summary>Why a queued case is not on an agenda yet (<see cref="WaitingReasons"/>); null when it is not waiting or simply waits for the next session.</summary>
    public string? WaitingReason { get; init; }
}

/// <summary>Why a queued case waits (<c>waitingReason</c>).</summary>
public static class WaitingReasons
{
    /// <summary>An agenda was frozen while the case was queued, and the session's capacity went to more pressing or longer-waiting cases.</summary>
    public const string SessionFull = "session-full";
}

/// <summary>One row of the case list.</summary>
public sealed record CaseListItem(Guid Id, string Reference, string State, string Title, string? CountryOfOrigin, Guid? SessionId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record CaseListPage(IReadOnlyList<CaseListItem> Items, string? NextCursor);

/// <summary>The answer to a fired trigger; <see cref="Case"/> only when asked for with <c>?include=case</c>.</summary>
/// <remarks><see cref="Case"/> is the reader's own view: a <see cref="CaseView"/> for IND, an <see cref="OmCaseView"/> for OM.</remarks>
public sealed record CaseActionResponse(Guid Id, string State, string From, string Trigger, long Version, object? Case);

public sealed record HistoryItem(string From, string Trigger, string To, ActorDto Actor, DateTimeOffset At, string? Motivation);

internal static class CaseMapping
{
    public static SummaryDto ToDto(this CaseSummary s) =>
        new(s.Title, s.Narrative, s.CountryOfOrigin, s.PeriodFrom, s.PeriodTo, s.SuspectedCrimes, s.PositionHeld);

    /// <summary>The summary as stored: every text normalised (<see cref="TextNormaliser.ForStorage"/>), so what is scanned is what is kept.</summary>
    public static CaseSummary ToEntity(this SummaryDto s) => new()
    {
        Title = TextNormaliser.ForStorage(s.Title!).Trim(),
        Narrative = TextNormaliser.ForStorageOrNull(s.Narrative),
        CountryOfOrigin = TextNormaliser.ForStorageOrNull(s.CountryOfOrigin),
        PeriodFrom = s.PeriodFrom,
        PeriodTo = s.PeriodTo,
        SuspectedCrimes = s.SuspectedCrimes?.Select(TextNormaliser.ForStorage).ToList() ?? [],
        PositionHeld = TextNormaliser.ForStorageOrNull(s.PositionHeld),
    };

    public static ActionInputDto ToDto(this InputDefinition i) => new(i.Name, i.Type, i.Required, i.Description);

    public static DisclosureDto ToDto(this DisclosureEntity d) => new(
        d.Id, d.Status.ToString(), d.LegalBasisCode, d.ReleasedFields, d.RecipientOrganisation, d.RecipientIds,
        d.DraftedById, d.DraftedAt, d.DraftMotivation, d.ReviewedById, d.ReviewedAt, d.ReviewMotivation, d.Regime, d.LegalBasisVersion,
        d.Route, d.OmCaseNumber, d.Outcome);

    /// <summary>The summary's text fields by name, for the anonymisation scanner.</summary>
    public static IEnumerable<(string Field, string Text)> TextFields(this CaseSummary s)
    {
        yield return ("title", s.Title);
        if (s.Narrative is not null) yield return ("narrative", s.Narrative);
        if (s.CountryOfOrigin is not null) yield return ("countryOfOrigin", s.CountryOfOrigin);
        if (s.PositionHeld is not null) yield return ("positionHeld", s.PositionHeld);
        for (var i = 0; i < s.SuspectedCrimes.Count; i++) yield return ($"suspectedCrimes[{i}]", s.SuspectedCrimes[i]);
    }
}
