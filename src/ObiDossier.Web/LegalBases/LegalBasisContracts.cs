namespace ObiDossier.Web.LegalBases;

/// <summary>A registry entry as it is in force now; <see cref="Version"/> is its confirmed version (and its ETag).</summary>
public sealed record LegalBasisDto(
    string Code, string Title, string Article, string Description, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> RecipientOrganisations, IReadOnlyList<string> DataCategories, string Regime, int Version = 1);

/// <summary>A proposal (POST: a new basis; PUT: new values for one). <see cref="Motivation"/> is required.</summary>
public sealed record CreateLegalBasisRequest(
    string? Code, string? Title, string? Article, string? Description, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string>? RecipientOrganisations, IReadOnlyList<string>? DataCategories, string? Regime, string? Motivation = null);

/// <summary>A proposed change and what became of it.</summary>
public sealed record LegalBasisChangeDto(
    Guid Id, string Code, string Kind, string Status, int? BaseVersion, LegalBasisDto Proposed, string Motivation,
    string ProposedById, string ProposedByName, DateTimeOffset ProposedAt, string? DecidedById, DateTimeOffset? DecidedAt,
    string? DecisionMotivation, int? ResultVersion);

/// <summary>One confirmed version of a basis.</summary>
public sealed record LegalBasisVersionDto(
    int Version, LegalBasisDto Values, Guid? ChangeId, string? ProposedById, string ConfirmedById, DateTimeOffset ConfirmedAt);

/// <summary>A basis with its history and its changes.</summary>
public sealed record LegalBasisDetail(LegalBasisDto Basis, IReadOnlyList<LegalBasisVersionDto> Versions, IReadOnlyList<LegalBasisChangeDto> Changes);

/// <summary>A legal reviewer's decision on a proposed change; a rejection needs a motivation.</summary>
public sealed record LegalBasisDecisionRequest(string? Motivation);
