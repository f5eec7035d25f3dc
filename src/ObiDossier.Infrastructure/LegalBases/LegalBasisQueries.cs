using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Disclosures;

namespace ObiDossier.Infrastructure.LegalBases;

/// <summary>Reads the registry for the legal-basis check.</summary>
public static class LegalBasisQueries
{
    /// <summary>The facts of the basis with this exact code, or <c>null</c> when the code is blank or not registered.</summary>
    public static async Task<LegalBasisFacts?> FindFactsAsync(DbContext db, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var basis = await db.Set<LegalBasis>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, ct);
        return basis?.ToFacts();
    }
}
