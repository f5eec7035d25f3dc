using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.ProcessingLog;

internal sealed class ProcessingActivityConfiguration : IEntityTypeConfiguration<ProcessingActivityEntity>
{
    public void Configure(EntityTypeBuilder<ProcessingActivityEntity> b)
    {
        b.ToTable("ProcessingActivities");
        b.HasKey(a => new { a.Id, a.Version });
        b.Property(a => a.Id).HasMaxLength(64);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.LegalBasisCode).HasMaxLength(64);
        b.Property(a => a.Regime).HasMaxLength(16);
        b.Property(a => a.DataCategories).HasJsonConversion();
        b.Property(a => a.Recipients).HasJsonConversion();
    }
}

internal sealed class ProcessingRecordConfiguration : IEntityTypeConfiguration<ProcessingRecordEntity>
{
    public void Configure(EntityTypeBuilder<ProcessingRecordEntity> b)
    {
        b.ToTable("ProcessingRecords");
        b.HasKey(r => r.Id);
        b.Property(r => r.TraceId).HasMaxLength(32);
        b.Property(r => r.SpanId).HasMaxLength(16);
        b.Property(r => r.Name).HasMaxLength(64);
        b.Property(r => r.StatusCode).HasMaxLength(8);
        b.Property(r => r.ProcessingActivityId).HasMaxLength(64);
        b.Property(r => r.LegalBasisCode).HasMaxLength(64);
        b.Property(r => r.DataSubjectId).HasMaxLength(64);
        b.Property(r => r.DataSubjectType).HasMaxLength(32);
        b.Property(r => r.ActorId).HasMaxLength(128);
        b.Property(r => r.ActorRole).HasMaxLength(32);
        b.Property(r => r.ActorOrganisation).HasMaxLength(16);
        b.Property(r => r.Fields).HasJsonConversion();
        b.HasIndex(r => new { r.TraceId, r.Id });
        b.HasIndex(r => new { r.CaseId, r.Id });
        b.HasIndex(r => new { r.ProcessingActivityId, r.Id });
        b.HasIndex(r => new { r.DataSubjectId, r.Id });
    }
}
