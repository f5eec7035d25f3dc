using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ObiDossier.Infrastructure.LegalBases;

/// <summary>
/// A version of a legal basis as it was confirmed (README, "Changing the registry takes two people").
/// Version 1 is the entry as first registered; each confirmed change adds the next. Kept for ever,
/// so what a disclosure was approved under can be read back from its <c>LegalBasisVersion</c>.
/// </summary>
public sealed class LegalBasisVersionEntity
{
    public required string Code { get; init; }
    public int Version { get; init; }
    public required string Title { get; init; }
    public required string Article { get; init; }
    public required string Description { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public List<string> RecipientOrganisations { get; init; } = [];
    public List<string> DataCategories { get; init; } = [];
    public required string Regime { get; init; }

    /// <summary>The confirmed change that made this version; null for a shipped (seeded) entry.</summary>
    public Guid? ChangeId { get; init; }

    public string? ProposedById { get; init; }
    public required string ConfirmedById { get; init; }
    public DateTimeOffset ConfirmedAt { get; init; }
}

/// <summary>
/// A proposed change to the registry: an admin proposes (a new basis or new values for one) with a
/// motivation; a legal reviewer who is not the proposer confirms or rejects it. Nothing of it takes
/// effect before confirmation.
/// </summary>
public sealed class LegalBasisChangeEntity
{
    public Guid Id { get; init; }
    public required string Code { get; init; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>For an update: the version it was proposed against (confirming it over a newer one is refused).</summary>
    public int? BaseVersion { get; init; }

    public required string Title { get; init; }
    public required string Article { get; init; }
    public required string Description { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public List<string> RecipientOrganisations { get; init; } = [];
    public List<string> DataCategories { get; init; } = [];
    public required string Regime { get; init; }

    public required string Motivation { get; init; }
    public required string ProposedById { get; init; }
    public required string ProposedByName { get; init; }
    public DateTimeOffset ProposedAt { get; init; }

    public LegalBasisChangeStatus Status { get; set; }
    public string? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionMotivation { get; set; }

    /// <summary>The version the confirmation made.</summary>
    public int? ResultVersion { get; set; }

    /// <summary>Concurrency: two reviewers deciding at once, one wins.</summary>
    public Guid Token { get; set; } = Guid.NewGuid();
}

public enum LegalBasisChangeStatus
{
    Pending,
    Confirmed,
    Rejected,
}

public static class LegalBasisChangeKinds
{
    public const string Create = "create";
    public const string Update = "update";
}

internal sealed class LegalBasisVersionConfiguration : IEntityTypeConfiguration<LegalBasisVersionEntity>
{
    public void Configure(EntityTypeBuilder<LegalBasisVersionEntity> builder)
    {
        builder.ToTable("LegalBasisVersions");
        builder.HasKey(v => new { v.Code, v.Version });
        builder.Property(v => v.Code).HasMaxLength(64);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Article).HasMaxLength(400);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.Property(v => v.Regime).HasMaxLength(32);
        builder.Property(v => v.ProposedById).HasMaxLength(200);
        builder.Property(v => v.ConfirmedById).HasMaxLength(200);
        builder.Property(v => v.RecipientOrganisations).HasConversion(LegalBasisConfiguration.JsonList.Converter, LegalBasisConfiguration.JsonList.Comparer);
        builder.Property(v => v.DataCategories).HasConversion(LegalBasisConfiguration.JsonList.Converter, LegalBasisConfiguration.JsonList.Comparer);
    }
}

internal sealed class LegalBasisChangeConfiguration : IEntityTypeConfiguration<LegalBasisChangeEntity>
{
    public void Configure(EntityTypeBuilder<LegalBasisChangeEntity> builder)
    {
        builder.ToTable("LegalBasisChanges");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.Status, c.ProposedAt });
        builder.HasIndex(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Article).HasMaxLength(400);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Regime).HasMaxLength(32);
        builder.Property(c => c.Motivation).HasMaxLength(2000);
        builder.Property(c => c.DecisionMotivation).HasMaxLength(2000);
        builder.Property(c => c.ProposedById).HasMaxLength(200);
        builder.Property(c => c.ProposedByName).HasMaxLength(200);
        builder.Property(c => c.DecidedById).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Token).IsConcurrencyToken();
        builder.Property(c => c.RecipientOrganisations).HasConversion(LegalBasisConfiguration.JsonList.Converter, LegalBasisConfiguration.JsonList.Comparer);
        builder.Property(c => c.DataCategories).HasConversion(LegalBasisConfiguration.JsonList.Converter, LegalBasisConfiguration.JsonList.Comparer);
    }
}
