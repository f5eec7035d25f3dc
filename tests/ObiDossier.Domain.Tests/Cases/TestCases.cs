using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;

namespace ObiDossier.Domain.Tests.Cases;

/// <summary>1F case aggregates in any state, as the pipeline would load them — without a database.</summary>
internal static class TestCases
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static readonly CitedBasis Sv162 = new(
        new LegalBasisFacts("SV-162", new DateOnly(1926, 1, 1), null, ["OM"], ["identity", "identifiers", "criminal"]), Version: 3);

    /// <summary>
    /// A case in <paramref name="state"/>: written and submitted by officer-1, with prosecutor-1's
    /// interest and — in LegalReview — officer-1's formal report citing SV-162 for fullName.
    /// </summary>
    public static Case New(string state = "Draft", int version = 2, string? submittedBy = "officer-1", IEnumerable<string>? summaryAuthors = null,
        IEnumerable<string>? interested = null, string? answerAuthor = null, string drafter = "officer-1", IReadOnlyList<AnonymisationFinding>? findings = null,
        CitedBasis? basis = null)
    {
        var id = Guid.CreateVersion7(Now);
        var entity = new CaseEntity
        {
            Id = id, Reference = "1F-2026-000001", WorkflowName = CaseWorkflow.Name, WorkflowVersion = version, State = state,
            Summary = new CaseSummary { Title = "Officier in een detentiekamp" }, AuthorId = "officer-1",
            SummaryAuthorIds = [.. summaryAuthors ?? ["officer-1"]], SubmittedById = submittedBy, OwnerOrganisation = Organisations.Ind,
            CreatedAt = Now, UpdatedAt = Now, Version = 1, SummaryFindings = [.. findings ?? []],
        };
        var interests = (interested ?? ["prosecutor-1"]).Select(p => new CaseInterestEntity
            { CaseId = id, ProsecutorId = p, ProsecutorName = p, Motivation = "sealed", At = Now });
        List<CaseQuestionEntity> questions = [];
        if (state is "InformationRequested" or "AnswerReview")
        {
            questions.Add(new CaseQuestionEntity
            {
                Id = Guid.CreateVersion7(Now), CaseId = id, Question = "sealed", AskedById = "prosecutor-1", AskedAt = Now.AddDays(-1),
                AnsweredById = state == "AnswerReview" ? answerAuthor ?? "officer-1" : null, AnsweredAt = state == "AnswerReview" ? Now : null,
                Answer = state == "AnswerReview" ? "sealed" : null,
            });
        }
        var draft = state == "LegalReview"
            ? new DisclosureEntity
            {
                Id = Guid.CreateVersion7(Now), CaseId = id, LegalBasisCode = "SV-162", ReleasedFields = ["fullName"], RecipientOrganisation = "OM",
                Status = DisclosureStatus.InReview, DraftedById = drafter, DraftedAt = Now, Regime = "Wjsg",
            }
            : null;
        return new Case(entity, interests, questions, draft, draft is null ? null : basis ?? Sv162);
    }
}
