using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Audit;

/// <summary>
/// The audit trail as <c>GET /audit</c> and the auditor's page read it. Every search is itself
/// audited (<see cref="SearchAudit"/>), a refused one too.
/// </summary>
internal sealed class AuditTrailReads(ObiDossierDbContext db, CaseTexts texts, AuditWriter audit)
{
    public const int PageSize = 100;

    /// <summary>The trail, filtered; <paramref name="breakGlass"/> keeps only reads of personal data by IND officers outside the case's team.</summary>
    public async Task<CommandResult<AuditPage>> SearchAsync(
        Actor actor, Guid? caseId, string? actorId, DateTimeOffset? from, DateTimeOffset? to, long? cursor, bool? breakGlass, CancellationToken ct)
    {
        var invalid = from is not null && to is not null && to < from;
        await SearchAudit.RecordAsync(db, audit, actor, "audit.search", "audit-trail", caseId,
            [("caseId", caseId), ("actor", actorId), ("from", from), ("to", to), ("cursor", cursor), ("breakGlass", breakGlass)], invalid ? 400 : 200, ct);
        if (invalid) return Problems.InvalidRequest("'to' lies before 'from'.");
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (breakGlass == true) query = query.Where(e => e.Action == PersonalDataReader.BreakGlassAction);
        if (caseId is not null) query = query.Where(e => e.CaseId == caseId);
        if (!string.IsNullOrEmpty(actorId)) query = query.Where(e => e.ActorId == actorId);
        if (from is not null) { var f = from.Value.UtcDateTime; query = query.Where(e => e.At >= f); }
        if (to is not null) { var t = to.Value.UtcDateTime; query = query.Where(e => e.At <= t); }
        if (cursor is not null) query = query.Where(e => e.Id > cursor);
        var rows = await query.OrderBy(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        // A motivation is sealed under its case's (or OBI signal's) data key (CaseTexts): the auditor reads it until retention ends.
        var items = rows.Take(PageSize).Select(e => ToDto(e) with { Motivation = SealedUnder(e) is { } id ? texts.Open(id, e.Motivation) : e.Motivation }).ToList();
        return new AuditPage(items, rows.Count > PageSize ? items[^1].Id : null);
    }

    /// <summary>The record whose key seals the entry's motivation: its case, or the OBI signal it is about.</summary>
    private static Guid? SealedUnder(AuditEntry e) =>
        e.CaseId ?? (e.EntityType == Obi.ObiSignalStore.Entity && Guid.TryParse(e.EntityId, out var signalId) ? signalId : null);

    private static AuditEntryDto ToDto(AuditEntry e) => new(
        e.Id, e.Sequence, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), new AuditActorDto(e.ActorId, e.ActorRole, e.ActorOrganisation, e.ActorDisplayName),
        e.Action, e.EntityType, e.EntityId, e.CaseId, e.Outcome == AuditOutcome.Succeeded ? "succeeded" : "refused", e.StatusCode,
        AuditWriter.ParseList(e.Reasons), e.LegalBasisCode, e.Motivation, AuditWriter.ParseList(e.ChangedFields), e.TraceId,
        Convert.ToHexStringLower(e.EntryHash), e.ChainHash is null ? null : Convert.ToHexStringLower(e.ChainHash), e.BlockNumber);
}
