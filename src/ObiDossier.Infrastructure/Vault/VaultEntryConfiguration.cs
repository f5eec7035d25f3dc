using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ObiDossier.Infrastructure.Vault;

internal sealed class VaultEntryConfiguration : IEntityTypeConfiguration<VaultEntry>
{
    public void Configure(EntityTypeBuilder<VaultEntry> builder)
    {
        builder.ToTable("VaultEntries");
        builder.HasKey(e => e.CaseId);
        builder.Property(e => e.CaseId).ValueGeneratedNever();
        builder.Property(e => e.KeyId).HasMaxLength(64);
        builder.Property(e => e.KeyNonce).HasMaxLength(VaultCrypto.NonceSize);
        builder.Property(e => e.Nonce).HasMaxLength(VaultCrypto.NonceSize);
        builder.Property(e => e.WrappedKey).HasMaxLength(VaultCrypto.KeySize + VaultCrypto.TagSize);

        // An edit that read the entry before a concurrent shred committed must not write the data
        // back: its UPDATE only matches while the entry is still unshredded.
        builder.Property(e => e.ShreddedAt).IsConcurrencyToken();

        // Rotation finds entries still wrapped under an older key.
        builder.HasIndex(e => e.KeyId);
    }
}
