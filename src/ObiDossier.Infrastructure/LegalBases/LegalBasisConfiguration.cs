using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ObiDossier.Infrastructure.LegalBases;

internal sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> builder)
    {
        builder.ToTable("LegalBases");
        builder.HasKey(b => b.Code);
        builder.Property(b => b.Code).HasMaxLength(64);
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.Article).HasMaxLength(400);
        builder.Property(b => b.Description).HasMaxLength(4000);
        builder.Property(b => b.Regime).HasMaxLength(32);
        builder.Property(b => b.Version).IsConcurrencyToken();
        // Bases registered before versions were kept are version 1.
        builder.Property(b => b.CurrentVersion).HasDefaultValue(1);

        // Plain JSON text on every provider (PostgreSQL would otherwise pick text[]), so the
        // column reads the same everywhere and in exports.
        builder.Property(b => b.RecipientOrganisations).HasConversion(JsonList.Converter, JsonList.Comparer);
        builder.Property(b => b.DataCategories).HasConversion(JsonList.Converter, JsonList.Comparer);
    }

    internal static class JsonList
    {
        public static readonly ValueConverter<List<string>, string> Converter = new(
            list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>());

        public static readonly ValueComparer<List<string>> Comparer = new(
            (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
            list => list.ToList());
    }
}
