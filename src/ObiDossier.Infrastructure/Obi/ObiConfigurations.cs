using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ObiDossier.Domain.Obi;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Obi;

/// <summary>
/// The desk's signals (Obi/README.md in the Domain project). The reporter's contact is not a column: it lives in the
/// vault, keyed by the signal's id. <see cref="ObiSignalEntity.Period"/> is <c>yyyy-MM</c>, so a
/// report selects its months by comparing strings, on the index (State, Period).
/// </summary>
internal sealed class ObiSignalConfiguration : IEntityTypeConfiguration<ObiSignalEntity>
{
    public void Configure(EntityTypeBuilder<ObiSignalEntity> b)
    {
        b.ToTable("ObiSignals");
        b.HasKey(s => s.Id);
        b.Property(s => s.Reference).HasMaxLength(32);
        b.HasIndex(s => s.Reference).IsUnique();
        b.Property(s => s.WorkflowName).HasMaxLength(64);
        b.Property(s => s.State).HasMaxLength(64);
        b.Property(s => s.IntakeOrganisation).HasMaxLength(32);
        b.Property(s => s.AuthorId).HasMaxLength(128);
        b.Property(s => s.SubmittedById).HasMaxLength(128);
        b.Property(s => s.AuthorIds).HasJsonConversion();
        b.Property(s => s.Findings).HasJsonConversion();
        b.Property(s => s.StateActor).HasMaxLength(2);
        b.Property(s => s.Conduct).HasMaxLength(64);
        b.Property(s => s.Instrument).HasMaxLength(16);
        b.Property(s => s.Target).HasMaxLength(32);
        b.Property(s => s.Community).HasMaxLength(SignalValidation.MaxCommunityLength);
        b.Property(s => s.Region).HasMaxLength(8);
        b.Property(s => s.Period).HasMaxLength(7);
        b.Property(s => s.Effect).HasMaxLength(SignalValidation.MaxEffectLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        // Keyset pagination per intake organisation and per state; a report selects by state and period.
        b.HasIndex(s => new { s.IntakeOrganisation, s.CreatedAt, s.Reference });
        b.HasIndex(s => new { s.State, s.CreatedAt, s.Reference });
        b.HasIndex(s => new { s.State, s.Period });
        b.HasIndex(s => s.ReportId);
    }
}

/// <summary>The phenomenon reports (Obi/README.md in the Domain project); their periods never overlap (checked on opening).</summary>
internal sealed class ObiReportConfiguration : IEntityTypeConfiguration<ObiReportEntity>
{
    public void Configure(EntityTypeBuilder<ObiReportEntity> b)
    {
        b.ToTable("ObiReports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Reference).HasMaxLength(32);
        b.HasIndex(r => r.Reference).IsUnique();
        b.Property(r => r.WorkflowName).HasMaxLength(64);
        b.Property(r => r.State).HasMaxLength(64);
        b.Property(r => r.PeriodFrom).HasMaxLength(7);
        b.Property(r => r.PeriodTo).HasMaxLength(7);
        b.HasIndex(r => r.PeriodFrom).IsUnique();
        b.Property(r => r.DraftedById).HasMaxLength(128);
        b.Property(r => r.ApprovedById).HasMaxLength(128);
        b.Property(r => r.AuthorIds).HasJsonConversion();
        b.Property(r => r.AnalysisFindings).HasJsonConversion();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.CreatedAt, r.Reference });
        b.HasMany(r => r.FollowUps).WithOne().HasForeignKey(f => f.ReportId);
    }
}

/// <summary>What partners did with a distributed report.</summary>
internal sealed class ObiFollowUpConfiguration : IEntityTypeConfiguration<ObiFollowUpEntity>
{
    public void Configure(EntityTypeBuilder<ObiFollowUpEntity> b)
    {
        b.ToTable("ObiFollowUps");
        b.HasKey(f => f.Id);
        b.Property(f => f.Kind).HasMaxLength(32);
        b.Property(f => f.Description).HasMaxLength(ObiFollowUpEntity.MaxDescriptionLength);
        b.Property(f => f.Organisation).HasMaxLength(32);
        b.Property(f => f.RecordedById).HasMaxLength(128);
        b.HasIndex(f => new { f.ReportId, f.RecordedAt });
    }
}
