using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.FormalReports;

/// <summary>
/// Everything the formal report states (README, "Formal report"), read for one recipient at one
/// moment: the released values are the only personal data in it.
/// </summary>
internal sealed record FormalReportFacts(
    string CaseReference,
    CaseSummary Summary,
    IReadOnlyList<ReleasedValue> Released,
    LegalBasisAsApproved Basis,
    string Regime,
    string RecipientOrganisation,
    string DrafterName,
    DateTimeOffset DraftedAt,
    string ApproverName,
    DateTimeOffset ApprovedAt,
    string RecipientName,
    DateTimeOffset DownloadedAt,
    Guid DisclosureId);

/// <summary>One released field (its API name) and its value as text.</summary>
internal sealed record ReleasedValue(string Field, string Value);

/// <summary>
/// The legal basis as the registry held it when the disclosure was approved. <see cref="Version"/>
/// is the registry version the approval cited; <c>null</c> while the registry keeps no versions.
/// </summary>
internal sealed record LegalBasisAsApproved(string Code, string Title, string Article, int? Version);
