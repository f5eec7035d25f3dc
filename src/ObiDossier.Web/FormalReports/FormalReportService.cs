using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Pages.Disclosures;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.FormalReports;

/// <summary>A generated formal report: the signed PDF and the name to save it under (no personal data).</summary>
internal sealed record FormalReportFile(byte[] Pdf, string FileName);

/// <summary>
/// Generates the formal report on request for a recipient of the approved disclosure. Who may
/// have it, the audit entry (<see cref="Download"/>) and the processing record under the
/// disclosure's basis are <see cref="PersonalDataReader"/>'s, the one way data leave the vault;
/// this class only adds what the document states besides the released values, and signs it.
/// </summary>
internal sealed class FormalReportService(
    ObiDossierDbContext db, PersonalDataReader reader, ReleaseSigningCertificate certificate, IStringLocalizer<UiText> text, LegalCalendar calendar, TimeProvider clock)
{
    /// <summary>The download: audited as <c>case.formal-report.download</c>; only the disclosure's recipients.</summary>
    public static readonly PersonalDataUse Download = new("case.formal-report.download", "formal-report.download", RecipientsOnly: true);

    public async Task<CommandResult<FormalReportFile>> CreateAsync(Guid caseId, Actor actor, CancellationToken ct)
    {
        // The certificate first: a signing fault stops the request before any data leave the vault.
        var signer = certificate.GetOrCreate();
        var read = await reader.ReadAsync(caseId, actor, Download, ct);
        if (read.Error is not null) return read.Error;
        var data = read.Value!;

        var c = await db.Set<CaseEntity>().AsNoTracking().FirstAsync(x => x.Id == caseId, ct);
        var disclosure = await db.Set<DisclosureEntity>().AsNoTracking().FirstAsync(d => d.Id == data.DisclosureId, ct);
        var names = await db.Set<CaseTransitionEntity>().AsNoTracking()
            .Where(t => t.CaseId == caseId && (t.Trigger == CaseWorkflow.Triggers.DraftReport || t.Trigger == CaseWorkflow.Triggers.ApproveDisclosure))
            .Select(t => new { t.ActorId, t.ActorName }).ToListAsync(ct);
        string NameOf(string? id) => names.LastOrDefault(n => n.ActorId == id)?.ActorName ?? id ?? "";

        var facts = new FormalReportFacts(
            c.Reference,
            c.Summary,
            [.. data.Fields.Select(f => new ReleasedValue(f, ReleasedModel.Show(data.Values[f])))],
            await BasisAsApprovedAsync(disclosure, ct),
            disclosure.Regime,
            disclosure.RecipientOrganisation,
            NameOf(disclosure.DraftedById),
            // The document states its moments in the calendar's local time.
            calendar.Local(disclosure.DraftedAt),
            NameOf(disclosure.ReviewedById),
            calendar.Local(disclosure.ReviewedAt ?? disclosure.DraftedAt),
            actor.DisplayName,
            calendar.Local(clock.GetUtcNow()),
            disclosure.Id);
        var pdf = await FormalReportDocument.CreateAsync(facts, text, signer);
        return new FormalReportFile(pdf, $"proces-verbaal-{c.Reference}.pdf");
    }

    /// <summary>
    /// The legal basis as cited at approval: the registry version the disclosure was approved under
    /// (<see cref="DisclosureEntity.LegalBasisVersion"/>), read from the kept versions when that
    /// version has since been replaced, else from the current entry.
    /// </summary>
    private async Task<LegalBasisAsApproved> BasisAsApprovedAsync(DisclosureEntity disclosure, CancellationToken ct)
    {
        var version = disclosure.LegalBasisVersion;
        var kept = await db.Set<LegalBasisVersionEntity>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.Code == disclosure.LegalBasisCode && v.Version == version, ct);
        if (kept is not null) return new LegalBasisAsApproved(kept.Code, kept.Title, kept.Article, kept.Version);
        var basis = await db.Set<LegalBasis>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == disclosure.LegalBasisCode, ct);
        return new LegalBasisAsApproved(disclosure.LegalBasisCode, basis?.Title ?? "", basis?.Article ?? "",
            version > 0 ? version : basis?.CurrentVersion);
    }
}
