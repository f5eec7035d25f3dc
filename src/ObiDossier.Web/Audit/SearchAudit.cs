using System.Globalization;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Audit;

/// <summary>
/// Who searched the audit trail or the processing log for what (README, "Every refusal is audited"): each search is an
/// audit entry whose reasons are its filters as <c>name=value</c>. The values are ids, codes and
/// times; a free-text filter that is not id-like is recorded as <c>name=(other)</c>, so a search
/// cannot smuggle personal data into the trail. A search by case carries that case's id.
/// </summary>
internal static class SearchAudit
{
    public static async Task RecordAsync(ObiDossierDbContext db, AuditWriter audit, Actor actor, string action, string entityType,
        Guid? caseId, IEnumerable<(string Name, object? Value)> filters, int status, CancellationToken ct)
    {
        var reasons = filters.Where(f => f.Value is not null && f.Value is not "").Select(f => $"{f.Name}={Show(f.Value)}").ToList();
        audit.Add(db, new AuditRecord(actor, action, entityType, null, caseId,
            status < 400 ? AuditOutcome.Succeeded : AuditOutcome.Refused, status, Reasons: reasons));
        await db.SaveChangesAsync(ct);
    }

    private static string Show(object? value) => value switch
    {
        DateTimeOffset t => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s when s.Length <= 64 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or ':') => s,
        _ => "(other)",
    };
}
