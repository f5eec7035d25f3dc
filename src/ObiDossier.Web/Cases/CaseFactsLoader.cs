using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Cases;

/// <summary>Loads what the 1F guards need about a case before the machine runs (guards are synchronous).</summary>
internal static class CaseFactsLoader
{
    public static async Task<CaseFacts> LoadAsync(ObiDossierDbContext db, CaseEntity c, IReadOnlyList<TextFinding>? findings, CancellationToken ct)
    {
        var interested = await db.Set<CaseInterestEntity>().Where(i => i.CaseId == c.Id).Select(i => i.ProsecutorId).ToListAsync(ct);
        var drafter = await db.Set<DisclosureEntity>()
            .Where(d => d.CaseId == c.Id && d.Status == DisclosureStatus.InReview)
            .Select(d => d.DraftedById).FirstOrDefaultAsync(ct);
        var answerAuthor = await db.Set<CaseQuestionEntity>()
            .Where(q => q.CaseId == c.Id && q.AnsweredAt != null && q.AnswerApprovedAt == null)
            .OrderByDescending(q => q.AskedAt).Select(q => q.AnsweredById).FirstOrDefaultAsync(ct);
        return new CaseFacts
        {
            AuthorId = c.AuthorId,
            SubmittedById = c.SubmittedById,
            SummaryAuthorIds = c.SummaryAuthorIds,
            AnswerAuthorId = answerAuthor,
            InterestedProsecutorIds = interested,
            DisclosureDrafterId = drafter,
            AnonymisationFindings = findings ?? c.SummaryFindings.Select(f => new TextFinding(f.Field, f.Kind, f.Start, f.Length)).ToList(),
        };
    }
}
