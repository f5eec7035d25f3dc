using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Cases;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Cases;

/// <summary>A case's history per audience: IND reads every step with its remarks; OM reads <see cref="OmHistoryItem"/>s.</summary>
internal sealed class CaseHistory(ObiDossierDbContext db)
{
    public async Task<IReadOnlyList<HistoryItem>> ForIndAsync(Guid caseId, CancellationToken ct) =>
        await db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id)
            .Select(t => new HistoryItem(t.From, t.Trigger, t.To, new ActorDto(t.ActorId, t.ActorRole, t.ActorOrganisation, t.ActorName), t.At, t.Motivation))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<OmHistoryItem>> ForOmAsync(Guid caseId, CancellationToken ct) =>
        [.. (await db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync(ct))
            .Select(OmProjection.History)];

}
