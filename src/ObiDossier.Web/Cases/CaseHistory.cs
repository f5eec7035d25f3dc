using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>A case's history per audience: IND reads every step with its remarks; OM reads <see cref="OmHistoryItem"/>s.</summary>
internal sealed class CaseHistory(ObiDossierDbContext db, CaseTexts texts)
{
    public async Task<IReadOnlyList<HistoryItem>> ForIndAsync(Guid caseId, CancellationToken ct) =>
        [.. (await StepsAsync(caseId, ct)).Select(t =>
            new HistoryItem(t.From, t.Trigger, t.To, new ActorDto(t.ActorId, t.ActorRole, t.ActorOrganisation, t.ActorName), t.At, texts.Open(caseId, t.Motivation)))];

    public async Task<IReadOnlyList<OmHistoryItem>> ForOmAsync(Guid caseId, CancellationToken ct) =>
        [.. (await StepsAsync(caseId, ct)).Select(t => OmProjection.History(t, s => texts.Open(caseId, s)))];

    private Task<List<CaseTransitionEntity>> StepsAsync(Guid caseId, CancellationToken ct) =>
        db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync(ct);

}
