using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ObiDossier.Domain.Sessions;

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
