using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>
/// The 1F case as its workflow sees it: the case row with everything its guards and effects need —
/// the prosecutors' interests, the questions, the disclosure under review and the registry entry it
/// cites — loaded once per command. Guards read it; effects change it through its methods; the unit
/// of work saves it once (its version is the concurrency token: a command that loaded an older
/// version loses with 409).
/// </summary>
public sealed class Case : WorkflowAggregate<CaseEntity>
{
    private readonly List<CaseInterestEntity> _interests;
    private readonly List<CaseQuestionEntity> _questions;
    private readonly List<object> _added = [];

    public Case(CaseEntity entity, IEnumerable<CaseInterestEntity> interests, IEnumerable<CaseQuestionEntity> questions,
        DisclosureEntity? disclosureInReview = null, CitedBasis? citedBasis = null, DisclosureEntity? latestRelease = null) : base(entity)
    {
        LatestRelease = latestRelease;
        _interests = [.. interests];
        _questions = [.. questions.OrderBy(q => q.AskedAt)];
        DisclosureInReview = disclosureInReview;
        CitedBasis = citedBasis;
        Findings = entity.SummaryFindings;
    }

    public Guid Id => Entity.Id;

    public IReadOnlyList<CaseInterestEntity> Interests => _interests;

    /// <summary>Every question OM asked, oldest first.</summary>
    public IReadOnlyList<CaseQuestionEntity> Questions => _questions;

    /// <summary>The formal report awaiting legal review, if any.</summary>
    public DisclosureEntity? DisclosureInReview { get; private set; }

    /// <summary>The last approved disclosure (the release a recipient records the outcome of), if any.</summary>
    public DisclosureEntity? LatestRelease { get; private set; }

    /// <summary>The registry entry the disclosure under review cites, as the legal-basis check needs it (null when none or unknown).</summary>
    public CitedBasis? CitedBasis { get; }

    /// <summary>
    /// What the anonymisation scanner found in the text the trigger in hand would bring to the
    /// table: the pipeline scans it against the case's own vault values before the decision. The
    /// saved summary's findings until then.
    /// </summary>
    public IReadOnlyList<AnonymisationFinding> Findings { get; set; }

    /// <summary>Rows the effects created, for the unit of work to add.</summary>
    public IReadOnlyList<object> Added => _added;

    public IEnumerable<string> InterestedProsecutorIds => _interests.Select(i => i.ProsecutorId);

    /// <summary>The question OM is waiting on an answer to.</summary>
    public CaseQuestionEntity? OpenQuestion => _questions.LastOrDefault(q => q.AnsweredAt is null);

    /// <summary>The answer waiting for a second IND officer.</summary>
    public CaseQuestionEntity? AnswerInReview => _questions.LastOrDefault(q => q.AnsweredAt is not null && q.AnswerApprovedAt is null);

    /// <summary>Whether <paramref name="userId"/> wrote, changed or submitted the summary.</summary>
    public bool IsSummaryAuthor(string userId) =>
        userId == Entity.AuthorId || userId == Entity.SubmittedById || Entity.SummaryAuthorIds.Contains(userId);

    /// <summary>The legal-basis check's view of the disclosure under review, as <paramref name="approver"/> would approve it today.</summary>
    public DisclosureCheckContext? DisclosureCheck(Actor approver, string? motivation, DateOnly today) =>
        DisclosureInReview is not { } draft ? null : new DisclosureCheckContext(
            InterestFlagged: _interests.Count > 0, LegalBasisCode: draft.LegalBasisCode, Basis: CitedBasis?.Facts,
            RecipientOrganisation: draft.RecipientOrganisation, ReleasedFields: draft.ReleasedFields, Approver: approver,
            DrafterId: draft.DraftedById, Motivation: motivation, Today: today);

    public void Submit(string officerId, string? sealedOverrideMotivation)
    {
        Entity.SubmittedById = officerId;
        Entity.AddSummaryAuthor(officerId);
        Entity.SubmitOverrideMotivation = sealedOverrideMotivation;
    }

    public void PlaceOnAgenda(Guid sessionId) => Entity.SessionId = sessionId;

    public void RecordInterest(Actor prosecutor, string sealedMotivation, DateTimeOffset at) =>
        Add(_interests, new CaseInterestEntity { CaseId = Id, ProsecutorId = prosecutor.Id, ProsecutorName = prosecutor.DisplayName, Motivation = sealedMotivation, At = at });

    public void AskQuestion(string askedById, string sealedQuestion, DateTimeOffset at) =>
        Add(_questions, new CaseQuestionEntity { Id = Guid.CreateVersion7(at), CaseId = Id, Question = sealedQuestion, AskedById = askedById, AskedAt = at });

    public void Answer(string officerId, string? sealedAnswer, string? sealedOverrideMotivation, DateTimeOffset at)
    {
        var open = OpenQuestion ?? throw new InstanceChangedException();
        open.Answer = sealedAnswer;
        open.AnsweredById = officerId;
        open.AnsweredAt = at;
        open.AnswerOverrideMotivation = sealedOverrideMotivation;
        open.AnswerApprovedById = null;
        open.AnswerApprovedAt = null;
    }

    public void ApproveAnswer(string officerId, DateTimeOffset at)
    {
        var answer = AnswerInReview ?? throw new InstanceChangedException();
        answer.AnswerApprovedById = officerId;
        answer.AnswerApprovedAt = at;
    }

    /// <summary>The question is open again; the returned text is not kept for anyone to read later.</summary>
    public void ReturnAnswer()
    {
        var answer = AnswerInReview ?? throw new InstanceChangedException();
        answer.Answer = null;
        answer.AnsweredById = null;
        answer.AnsweredAt = null;
        answer.AnswerOverrideMotivation = null;
    }

    public DisclosureEntity DraftDisclosure(string officerId, string legalBasisCode, IReadOnlyList<string> fields, string recipientOrganisation,
        string regime, string? sealedMotivation, DateTimeOffset at, string route = DisclosureRoutes.FormalReport, string? omCaseNumber = null)
    {
        var draft = new DisclosureEntity
        {
            Id = Guid.CreateVersion7(at), CaseId = Id, LegalBasisCode = legalBasisCode, ReleasedFields = [.. fields],
            RecipientOrganisation = recipientOrganisation, Status = DisclosureStatus.InReview, DraftedById = officerId, DraftedAt = at,
            DraftMotivation = sealedMotivation, Regime = regime, Route = route, OmCaseNumber = omCaseNumber,
        };
        _added.Add(draft);
        DisclosureInReview = draft;
        return draft;
    }

    /// <summary>The legal reviewer's verdict on the disclosure under review; an approval fixes its recipients and registry version.</summary>
    public DisclosureEntity ReviewDisclosure(bool approve, string reviewerId, string? sealedMotivation, DateTimeOffset at)
    {
        var draft = DisclosureInReview ?? throw new InstanceChangedException();
        draft.Status = approve ? DisclosureStatus.Approved : DisclosureStatus.Rejected;
        draft.ReviewedById = reviewerId;
        draft.ReviewedAt = at;
        draft.ReviewMotivation = sealedMotivation;
        if (approve)
        {
            draft.RecipientIds = [.. InterestedProsecutorIds];
            draft.LegalBasisVersion = CitedBasis?.Version ?? 0;
            LatestRelease = draft;
        }
        DisclosureInReview = null;
        return draft;
    }

    public void WithdrawDisclosure()
    {
        if (DisclosureInReview is { } draft) draft.Status = DisclosureStatus.Withdrawn;
        DisclosureInReview = null;
    }

    public void Close(DateTimeOffset at) => Entity.ClosedAt = at;

    /// <summary>
    /// Back to draft with new information: the case leaves its last agenda (it goes on a new one
    /// through the whole review path); what happened before stays in the history.
    /// </summary>
    public void Reopen() => Entity.SessionId = null;

    /// <summary>What came of the last release, recorded once by a recipient.</summary>
    public DisclosureEntity RecordOutcome(string outcome, string prosecutorId, DateTimeOffset at)
    {
        var release = LatestRelease is { Outcome: null } r ? r : throw new InstanceChangedException();
        release.Outcome = outcome;
        release.OutcomeById = prosecutorId;
        release.OutcomeAt = at;
        return release;
    }

    /// <summary>Every change bumps the version (the ETag and the concurrency token).</summary>
    public void Touch(DateTimeOffset at)
    {
        Entity.UpdatedAt = at;
        Entity.Version++;
    }

    private void Add<T>(List<T> list, T row) where T : class
    {
        list.Add(row);
        _added.Add(row);
    }
}

/// <summary>The registry entry a disclosure cites: what the legal-basis check reads, and the version an approval records.</summary>
public sealed record CitedBasis(LegalBasisFacts Facts, int Version);
