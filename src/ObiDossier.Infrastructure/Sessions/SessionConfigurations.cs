using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ObiDossier.Domain.Sessions;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Sessions;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<SessionEntity>
{
    public void Configure(EntityTypeBuilder<SessionEntity> b)
    {
        b.ToTable("Sessions");
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.Date).IsUnique();
        b.Property(s => s.WorkflowName).HasMaxLength(64);
        b.Property(s => s.State).HasMaxLength(64);
        b.Property(s => s.Version).IsConcurrencyToken();
        // Sessions from before capacities existed: the shipped default.
        b.Property(s => s.Capacity).HasDefaultValue(SessionEntity.DefaultCapacity);
    }
}

internal sealed class SessionMinutesConfiguration : IEntityTypeConfiguration<SessionMinutesEntity>
{
    public void Configure(EntityTypeBuilder<SessionMinutesEntity> b)
    {
        b.ToTable("SessionMinutes");
        b.HasKey(m => m.SessionId);
        b.Property(m => m.Attendance).HasJsonConversion();
        b.Property(m => m.Decisions).HasMaxLength(SessionMinutesEntity.DecisionsMaxLength);
        b.Property(m => m.RecordedById).HasMaxLength(128);
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItemEntity>
{
    public void Configure(EntityTypeBuilder<AgendaItemEntity> b)
    {
        b.ToTable("AgendaItems");
        b.HasKey(a => new { a.SessionId, a.CaseId });
        b.HasIndex(a => a.CaseId);
    }
}
