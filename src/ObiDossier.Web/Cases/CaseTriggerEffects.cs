using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Cases;

/// <summary>
/// What each 1F trigger does besides changing the state: record interest, questions, answers and
/// disclosures. Also loads the disclosure facts the legal-basis check needs.
/// </summary>
internal sealed class CaseTriggerEffects(ObiDossierDbContext db, PersonalDataVault vault, ProcessingLogWriter processing, LegalCalendar calendar, CaseTexts texts)
{
    public const string RecipientOrganisation = Organisations.Om;
    public const string RecipientRegime = "Wjsg";

    /// <summary>The facts of the disclosure in play: the draft being reviewed, or the one being drafted now.</summary>
    public async Task<DisclosureFacts> DisclosureFactsAsync(CaseEntity c, Actor actor, TriggerInputs inputs, DateTimeOffset now, CancellationToken ct)
    {
        if (c.State != "LegalReview") return new DisclosureFacts(inputs.Text("legalBasisCode"), null);

        var draft = await db.Set<DisclosureEntity>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.CaseId == c.Id && d.Status == DisclosureStatus.InReview, ct);
        if (draft is null) return new DisclosureFacts(null, null);
        var basis = await db.Set<LegalBasis>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == draft.LegalBasisCode, ct);
        var interested = await db.Set<CaseInterestEntity>().AnyAsync(i => i.CaseId == c.Id, ct);
        var check = new DisclosureCheckContext(
            InterestFlagged: interested,
            LegalBasisCode: draft.LegalBasisCode,
            Basis: basis?.ToFacts(),
            RecipientOrganisation: draft.RecipientOrganisation,
            ReleasedFields: draft.ReleasedFields,
            Approver: actor,
            DrafterId: draft.DraftedById,
            Motivation: inputs.Text("motivation"),
            Today: calendar.Today(now));
        return new DisclosureFacts(draft.LegalBasisCode, check);
    }

    /// <summary>Applies the trigger's own effects; returns the names of what changed besides the state.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(CaseEntity c, TransitionResult result, TriggerInputs inputs, Actor actor,
        CaseFacts facts, DisclosureFacts disclosure, Guid? sessionId, DateTimeOffset now, CancellationToken ct)
    {
        switch (result.Trigger)
        {
            case "submit":
                c.SubmittedById = actor.Id;
                c.AddSummaryAuthor(actor.Id);
                c.SubmitOverrideMotivation = texts.Seal(c.Id, inputs.Text("overrideMotivation"));
                return ["submittedBy", "summaryAuthors", "submitOverrideMotivation"];
            case "agenda-frozen":
                c.SessionId = sessionId ?? throw new InvalidOperationException("agenda-frozen needs the session.");
                return ["sessionId"];
            case "flag-interest":
                db.Add(new CaseInterestEntity { CaseId = c.Id, ProsecutorId = actor.Id, ProsecutorName = actor.DisplayName, Motivation = texts.Seal(c.Id, inputs.Text("motivation")) ?? "", At = now });
                return ["interests"];
            case "request-information":
                db.Add(new CaseQuestionEntity { Id = Guid.CreateVersion7(now), CaseId = c.Id, Question = texts.Seal(c.Id, inputs.Text("question")) ?? "", AskedById = actor.Id, AskedAt = now });
                return ["questions"];
            case "answer":
                var open = await OpenQuestionAsync(c, ct);
                if (open is not null)
                {
                    open.Answer = texts.Seal(c.Id, inputs.Text("answer"));
                    open.AnsweredById = actor.Id;
                    open.AnsweredAt = now;
                    open.AnswerOverrideMotivation = texts.Seal(c.Id, inputs.Text("overrideMotivation"));
                    open.AnswerApprovedById = null;
                    open.AnswerApprovedAt = null;
                }
                return ["questions"];
            case "approve-answer":
                var approved = await AnswerInReviewAsync(c, ct) ?? throw new CaseChangedException();
                approved.AnswerApprovedById = actor.Id;
                approved.AnswerApprovedAt = now;
                return ["questions"];
            case "reject-answer":
                // The question is open again; the rejected text is not kept for anyone to read later.
                var rejected = await AnswerInReviewAsync(c, ct) ?? throw new CaseChangedException();
                rejected.Answer = null;
                rejected.AnsweredById = null;
                rejected.AnsweredAt = null;
                rejected.AnswerOverrideMotivation = null;
                return ["questions"];
            case "draft-report":
                db.Add(new DisclosureEntity
                {
                    Id = Guid.CreateVersion7(now), CaseId = c.Id, LegalBasisCode = inputs.Text("legalBasisCode")!,
                    ReleasedFields = [.. inputs.List("releasedFields")], RecipientOrganisation = RecipientOrganisation,
                    Status = DisclosureStatus.InReview, DraftedById = actor.Id, DraftedAt = now,
                    DraftMotivation = texts.Seal(c.Id, inputs.Text("motivation")), Regime = RecipientRegime,
                });
                return ["disclosure"];
            case "approve-disclosure":
                await ReviewAsync(c, actor, inputs, now, approve: true, facts, ct);
                return ["disclosure"];
            case "reject-disclosure":
                await ReviewAsync(c, actor, inputs, now, approve: false, facts, ct);
                return ["disclosure"];
            case "withdraw":
                await db.Set<DisclosureEntity>().Where(d => d.CaseId == c.Id && d.Status == DisclosureStatus.InReview)
                    .ForEachAsync(d => d.Status = DisclosureStatus.Withdrawn, ct);
                c.ClosedAt = now;
                return ["closedAt"];
            case "close" or "acknowledge-receipt":
                c.ClosedAt = now;
                return ["closedAt"];
            default:
                _ = disclosure;
                return [];
        }
    }

    private Task<CaseQuestionEntity?> OpenQuestionAsync(CaseEntity c, CancellationToken ct) =>
        db.Set<CaseQuestionEntity>().Where(q => q.CaseId == c.Id && q.AnsweredAt == null).OrderByDescending(q => q.AskedAt).FirstOrDefaultAsync(ct);

    /// <summary>The answer waiting for a second officer; null when a concurrent review took it.</summary>
    private Task<CaseQuestionEntity?> AnswerInReviewAsync(CaseEntity c, CancellationToken ct) =>
        db.Set<CaseQuestionEntity>().Where(q => q.CaseId == c.Id && q.AnsweredAt != null && q.AnswerApprovedAt == null)
            .OrderByDescending(q => q.AskedAt).FirstOrDefaultAsync(ct);

    private async Task ReviewAsync(CaseEntity c, Actor actor, TriggerInputs inputs, DateTimeOffset now, bool approve, CaseFacts facts, CancellationToken ct)
    {
        // Gone when a concurrent review of the same draft committed after this request read the case.
        var draft = await db.Set<DisclosureEntity>().FirstOrDefaultAsync(d => d.CaseId == c.Id && d.Status == DisclosureStatus.InReview, ct)
            ?? throw new CaseChangedException();
        draft.Status = approve ? DisclosureStatus.Approved : DisclosureStatus.Rejected;
        draft.ReviewedById = actor.Id;
        draft.ReviewedAt = now;
        draft.ReviewMotivation = texts.Seal(c.Id, inputs.Text("motivation"));
        if (!approve) return;

        draft.RecipientIds = [.. facts.InterestedProsecutorIds];
        draft.LegalBasisVersion = await db.Set<LegalBasis>().Where(b => b.Code == draft.LegalBasisCode).Select(b => b.CurrentVersion).FirstOrDefaultAsync(ct);
        // The release itself is a processing of the subject's data: provision to OM under the disclosure's basis.
        var subject = await vault.ReadAsync(db, c.Id, ct);
        await processing.AddAsync("personal-data.disclose", ProcessingActivities.DisclosureToOm, draft.LegalBasisCode, c.Id, subject,
            actor, draft.ReleasedFields, now, ct);
    }
}
