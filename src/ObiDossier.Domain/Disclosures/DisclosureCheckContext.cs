using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Disclosures;

/// <summary>
/// What the legal-basis check needs to know about a registry entry, copied out of the registry so
/// that the check stays a pure function.
/// </summary>
/// <param name="Code">The registry code, e.g. <c>SV-162</c>.</param>
/// <param name="ValidFrom">First day the basis is in force; <c>null</c> while it is not yet in force.</param>
/// <param name="ValidTo">Last day the basis is in force (inclusive); <c>null</c> when open-ended.</param>
/// <param name="RecipientOrganisations">The organisations (see <see cref="Organisations"/>) the basis allows as recipients.</param>
/// <param name="DataCategories">The data categories (see <see cref="Cases.DataCategories"/>) the basis covers.</param>
public sealed record LegalBasisFacts(
    string Code,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyCollection<string> RecipientOrganisations,
    IReadOnlyCollection<string> DataCategories);

/// <summary>
/// Everything the drafter of a disclosure decides, plus what the check must know about the case
/// and the registry. Used before review, so that the drafter sees the outcome before sending.
/// </summary>
/// <param name="InterestFlagged">Whether OM has flagged interest in the case.</param>
/// <param name="LegalBasisCode">The code the drafter cited, as given.</param>
/// <param name="Basis">The registry entry for <paramref name="LegalBasisCode"/>, or <c>null</c> when there is none.</param>
/// <param name="RecipientOrganisation">The organisation that would receive the data (normally <c>OM</c>).</param>
/// <param name="ReleasedFields">The personal-data field names (see <see cref="PersonalDataFields"/>) chosen for release.</param>
/// <param name="Today">The day of the check (approval day), in the legal time zone.</param>
public sealed record DisclosureDraftContext(
    bool InterestFlagged,
    string? LegalBasisCode,
    LegalBasisFacts? Basis,
    string RecipientOrganisation,
    IReadOnlyCollection<string> ReleasedFields,
    DateOnly Today);

/// <summary>The full context of <c>approve-disclosure</c>: the draft plus who approves it, and why.</summary>
/// <param name="Approver">Who approves; must be a legal reviewer and not the drafter.</param>
/// <param name="DrafterId">The actor id of whoever drafted the disclosure.</param>
/// <param name="Motivation">The approver's motivation; required.</param>
public sealed record DisclosureCheckContext(
    bool InterestFlagged,
    string? LegalBasisCode,
    LegalBasisFacts? Basis,
    string RecipientOrganisation,
    IReadOnlyCollection<string> ReleasedFields,
    Actor Approver,
    string DrafterId,
    string? Motivation,
    DateOnly Today)
{
    /// <summary>The part of this context that the draft check looks at.</summary>
    public DisclosureDraftContext Draft =>
        new(InterestFlagged, LegalBasisCode, Basis, RecipientOrganisation, ReleasedFields, Today);
}
