using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;

namespace ObiDossier.Web.LegalBases;

/// <summary>
/// The legal-basis registry as <c>GET /legal-bases</c> and the pages read it: everyone reads the
/// bases and their versions; the proposed changes only the registry's keepers (admins, legal
/// reviewers, auditors).
/// </summary>
internal sealed class LegalBasisReads(ObiDossierDbContext db)
{
    /// <summary>How many changes a list holds at most, newest first.</summary>
    public const int ChangesLimit = 500;

    public static bool IsKeeper(Actor actor) => actor.Role is Roles.Admin or Roles.LegalReviewer or Roles.Auditor;

    public async Task<List<LegalBasisDto>> ListAsync(CancellationToken ct) =>
        [.. (await db.Set<LegalBasis>().AsNoTracking().OrderBy(b => b.Code).ToListAsync(ct)).Select(LegalBasisChanges.ToDto)];

    /// <summary>A basis with every confirmed version, newest first, and for a keeper its changes; <c>null</c> when there is none.</summary>
    public async Task<LegalBasisDetail?> DetailAsync(string code, Actor actor, CancellationToken ct)
    {
        var basis = await db.Set<LegalBasis>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, ct);
        if (basis is null) return null;
        var versions = await db.Set<LegalBasisVersionEntity>().AsNoTracking().Where(v => v.Code == code).OrderByDescending(v => v.Version).ToListAsync(ct);
        var changes = IsKeeper(actor)
            ? await db.Set<LegalBasisChangeEntity>().AsNoTracking().Where(c => c.Code == code).OrderByDescending(c => c.ProposedAt).ToListAsync(ct)
            : [];
        return new LegalBasisDetail(LegalBasisChanges.ToDto(basis), [.. versions.Select(LegalBasisChanges.ToDto)], [.. changes.Select(LegalBasisChanges.ToDto)]);
    }

    /// <summary>Every confirmed version of every basis, by code, newest first.</summary>
    public async Task<ILookup<string, LegalBasisVersionDto>> VersionsAsync(CancellationToken ct) =>
        (await db.Set<LegalBasisVersionEntity>().AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(ct))
            .Select(LegalBasisChanges.ToDto).ToLookup(v => v.Values.Code, StringComparer.Ordinal);

    /// <summary>The newest <paramref name="limit"/> changes (or only those of <paramref name="status"/>), pending first.</summary>
    public async Task<List<LegalBasisChangeDto>> ChangesAsync(LegalBasisChangeStatus? status, int limit, CancellationToken ct)
    {
        var query = db.Set<LegalBasisChangeEntity>().AsNoTracking();
        if (status is { } s) query = query.Where(c => c.Status == s);
        var changes = await query.OrderByDescending(c => c.ProposedAt).Take(limit).ToListAsync(ct);
        return [.. changes.OrderBy(c => c.Status != LegalBasisChangeStatus.Pending).Select(LegalBasisChanges.ToDto)];
    }

    /// <summary>The current version of the basis with that code; <c>null</c> when there is none.</summary>
    public Task<int?> CurrentVersionAsync(string? code, CancellationToken ct) =>
        db.Set<LegalBasis>().AsNoTracking().Where(b => b.Code == code).Select(b => (int?)b.CurrentVersion).FirstOrDefaultAsync(ct);
}
