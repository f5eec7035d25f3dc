using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ObiDossier.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedOnAdd();
        // Unique: two entries can never share a place in the chain. NULLs (unsealed) are allowed
        // many times by every provider (SQL Server gets an IS NOT NULL filter by convention).
        b.HasIndex(e => e.Sequence).IsUnique();
        b.HasIndex(e => e.CaseId);
        b.HasIndex(e => e.At);
        b.Property(e => e.ActorId).HasMaxLength(200);
        b.Property(e => e.ActorRole).HasMaxLength(64);
        b.Property(e => e.ActorOrganisation).HasMaxLength(64);
        b.Property(e => e.ActorDisplayName).HasMaxLength(200);
        b.Property(e => e.Action).HasMaxLength(100);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityId).HasMaxLength(100);
        b.Property(e => e.Outcome).HasMaxLength(16)
            .HasConversion(o => AuditHashing.OutcomeName(o), s => AuditHashing.ParseOutcome(s));
        b.Property(e => e.LegalBasisCode).HasMaxLength(64);
        b.Property(e => e.TraceId).HasMaxLength(64);
        b.Property(e => e.EntryHash).HasMaxLength(32);
        b.Property(e => e.ChainHash).HasMaxLength(32);
    }
}

internal sealed class AuditBlockConfiguration : IEntityTypeConfiguration<AuditBlock>
{
    public void Configure(EntityTypeBuilder<AuditBlock> b)
    {
        b.ToTable("AuditBlocks");
        b.HasKey(x => x.BlockNumber);
        b.Property(x => x.BlockNumber).ValueGeneratedNever();
        b.HasIndex(x => x.FirstSequence).IsUnique();
        b.Property(x => x.MerkleRoot).HasMaxLength(32);
        b.Property(x => x.LastChainHash).HasMaxLength(32);
        b.Property(x => x.PreviousBlockHash).HasMaxLength(32);
        b.Property(x => x.BlockHash).HasMaxLength(32);
    }
}

internal sealed class AuditSealHeadConfiguration : IEntityTypeConfiguration<AuditSealHead>
{
    public void Configure(EntityTypeBuilder<AuditSealHead> b)
    {
        b.ToTable("AuditSealHead");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.LastChainHash).HasMaxLength(32);
        b.Property(x => x.LastBlockHash).HasMaxLength(32);
        // Seeded so that EnsureCreated and every provider's migration start with the genesis head.
        b.HasData(new AuditSealHead());
    }
}
