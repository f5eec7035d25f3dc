using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Vault;
using static ObiDossier.Infrastructure.Tests.Vault.VaultTestData;

namespace ObiDossier.Infrastructure.Tests.Vault;

public sealed class CryptoShreddingTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_shredded_case_keeps_nothing_to_decrypt_and_reads_as_shredded_even_with_the_key()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await using (var db = _dir.NewContext())
        {
            vault.Store(db, caseId, Markers("a"));
            await db.SaveChangesAsync();
        }

        await using (var db = _dir.NewContext())
        {
            await vault.ShredAsync(db, caseId, default);
            await db.SaveChangesAsync();
        }

        await using var read = _dir.NewContext();
        var entry = await read.Set<VaultEntry>().AsNoTracking().SingleAsync(e => e.CaseId == caseId);
        Assert.Null(entry.WrappedKey);
        Assert.Null(entry.Ciphertext);
        Assert.Empty(entry.KeyNonce);
        Assert.Empty(entry.Nonce);
        Assert.NotNull(entry.ShreddedAt);

        var e = await Assert.ThrowsAsync<VaultEntryShreddedException>(() => vault.ReadAsync(read, caseId, default));
        Assert.DoesNotContain("MARKER", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shredding_is_idempotent_and_a_shredded_case_takes_no_new_data()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await using var db = _dir.NewContext();
        vault.Store(db, caseId, Markers("a"));
        await db.SaveChangesAsync();

        await vault.ShredAsync(db, caseId, default);
        await db.SaveChangesAsync();
        await vault.ShredAsync(db, caseId, default);
        await db.SaveChangesAsync();

        Assert.Throws<VaultEntryShreddedException>(() => vault.Store(db, caseId, Markers("b")));
    }

    [Fact]
    public async Task Shredding_a_case_without_data_leaves_a_tombstone()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await using (var db = _dir.NewContext())
        {
            await vault.ShredAsync(db, caseId, default);
            await db.SaveChangesAsync();
        }

        await using var read = _dir.NewContext();
        await Assert.ThrowsAsync<VaultEntryShreddedException>(() => vault.ReadAsync(read, caseId, default));
    }

    [Fact]
    public async Task After_shredding_and_purging_no_file_holds_the_old_wrapped_key_or_ciphertext()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await using var db = _dir.NewContext();
        await db.Database.OpenConnectionAsync(); // keeps the WAL alive, as a running host does
        vault.Store(db, caseId, Markers("a"));
        await db.SaveChangesAsync();
        var entry = (await db.Set<VaultEntry>().FindAsync(caseId))!;
        var (wrappedKey, ciphertext) = (entry.WrappedKey!.ToArray(), entry.Ciphertext!.ToArray());

        await vault.ShredAsync(db, caseId, default);
        await db.SaveChangesAsync();
        await vault.PurgeShreddedRemnantsAsync(db, default);

        foreach (var file in Directory.GetFiles(_dir.Path))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            Assert.True(bytes.ToArray().AsSpan().IndexOf(wrappedKey) < 0, $"{Path.GetFileName(file)} still holds the wrapped key");
            Assert.True(bytes.ToArray().AsSpan().IndexOf(ciphertext.AsSpan(0, 32)) < 0, $"{Path.GetFileName(file)} still holds the ciphertext");
        }
    }
}
