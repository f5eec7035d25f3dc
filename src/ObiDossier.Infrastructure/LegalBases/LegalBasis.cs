using ObiDossier.Domain.Disclosures;

namespace ObiDossier.Infrastructure.LegalBases;

/// <summary>
/// An entry of the legal-basis registry (README, "Legal-basis check"): a provision on which personal data may be
/// disclosed, to which organisations, covering which data categories, and when it is in force.
/// Admins may correct entries; call <see cref="Touch"/> on every change so concurrent edits conflict.
/// </summary>
public sealed class LegalBasis
{
    /// <summary>Stable registry code, e.g. <c>SV-162</c>; the primary key.</summary>
    public required string Code { get; init; }

    public required string Title { get; set; }

    /// <summary>The article(s) cited, e.g. <c>Wetboek van Strafvordering art. 162</c>.</summary>
    public required string Article { get; set; }

    /// <summary>What the basis allows, in plain language.</summary>
    public required string Description { get; set; }

    /// <summary>First day in force; <c>null</c> while the provision is not yet in force.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day in force (inclusive); <c>null</c> when open-ended.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Organisations the basis allows as recipients (see <c>Organisations</c>); stored as JSON text.</summary>
    public List<string> RecipientOrganisations { get; set; } = [];

    /// <summary>Data categories the basis covers (see <c>DataCategories</c>); stored as JSON text.</summary>
    public List<string> DataCategories { get; set; } = [];

    /// <summary>
    /// The legal regime that governs the data disclosed on this basis at the recipient
    /// (see <see cref="LegalRegimes"/>): named in each disclosure and processing record.
    /// </summary>
    public required string Regime { get; set; }

    /// <summary>
    /// The number of the confirmed version in force in the registry (1 as first registered); each
    /// confirmed change adds one and keeps the version it replaced in <see cref="LegalBasisVersionEntity"/>.
    /// </summary>
    public int CurrentVersion { get; set; } = 1;

    /// <summary>This entry's values as version <see cref="CurrentVersion"/> of its history.</summary>
    public LegalBasisVersionEntity Snapshot(string confirmedById, DateTimeOffset confirmedAt, Guid? changeId = null, string? proposedById = null) => new()
    {
        Code = Code, Version = CurrentVersion, Title = Title, Article = Article, Description = Description,
        ValidFrom = ValidFrom, ValidTo = ValidTo, RecipientOrganisations = [.. RecipientOrganisations], DataCategories = [.. DataCategories],
        Regime = Regime, ChangeId = changeId, ProposedById = proposedById, ConfirmedById = confirmedById, ConfirmedAt = confirmedAt,
    };

    /// <summary>Optimistic concurrency token; renewed by <see cref="Touch"/>.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Marks the entry as changed, so that a concurrent edit of the old version fails on save.</summary>
    public void Touch() => Version = Guid.NewGuid();

    /// <summary>The facts the pure legal-basis check needs.</summary>
    public LegalBasisFacts ToFacts() =>
        new(Code, ValidFrom, ValidTo, RecipientOrganisations.ToArray(), DataCategories.ToArray());
}

/// <summary>The legal regimes a basis can name.</summary>
public static class LegalRegimes
{
    /// <summary>General Data Protection Regulation (Algemene verordening gegevensbescherming).</summary>
    public const string Avg = "AVG";

    /// <summary>Wet justitiële en strafvorderlijke gegevens: criminal-procedure data at the OM.</summary>
    public const string Wjsg = "Wjsg";
}
