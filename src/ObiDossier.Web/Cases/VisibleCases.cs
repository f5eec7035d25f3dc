using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Cases;

/// <summary>
/// The cases a caller may see (<see cref="CaseAccess"/>), read for the API and the pages alike: a
/// case the caller may not see is not found (404), on a route and on a page.
/// </summary>
internal sealed class VisibleCases(ObiDossierDbContext db)
{
    /// <summary>The case, or <c>null</c> when it does not exist or <paramref name="actor"/> may not see it.</summary>
    public async Task<CaseEntity?> FindAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is not null && actor.CanSee(c) ? c : null;
    }

    /// <summary>One page of the list (<c>GET /cases</c>); <c>null</c> when the cursor is not one of ours.</summary>
    public Task<CaseListPage?> PageAsync(Actor actor, string? state, Guid? sessionId, string? cursor, CancellationToken ct) =>
        CaseList.PageAsync(db, actor, state, sessionId, cursor, ct);

    /// <summary>The list rows of these cases in the given order, leaving out those the caller may not see (a session's agenda).</summary>
    public async Task<IReadOnlyList<CaseListItem>> ItemsAsync(IReadOnlyCollection<Guid> ids, Actor actor, CancellationToken ct)
    {
        var rows = await db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor).Where(c => ids.Contains(c.Id))
            .Select(c => new CaseListItem(c.Id, c.Reference, c.State, c.Summary.Title, c.Summary.CountryOfOrigin, c.SessionId, c.CreatedAt, c.UpdatedAt))
            .ToDictionaryAsync(c => c.Id, ct);
        return [.. ids.Where(rows.ContainsKey).Select(i => rows[i])];
    }

    /// <summary>How many of the cases the caller may see are in <paramref name="state"/>.</summary>
    public Task<int> CountInStateAsync(string state, Actor actor, CancellationToken ct) =>
        db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor).CountAsync(c => c.State == state, ct);
}
