using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Vault;
using static ObiDossier.Infrastructure.Tests.Vault.VaultTestData;

namespace ObiDossier.Infrastructure.Tests.Vault;

public sealed class PersonalDataVaultTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task StoreAsync(PersonalDataVault vault, Guid caseId, string tag)
    {
        await using var db = _dir.NewContext();
        vault.Store(db, caseId, Markers(tag));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Stored_personal_data_read_back_equal()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await StoreAsync(vault, caseId, "a");

        await using var db = _dir.NewContext();
        AssertSame(Markers("a"), await vault.ReadAsync(db, caseId, default));
    }

    [Fact]
    public async Task Storing_again_replaces_the_data_and_wraps_the_case_key_anew()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await StoreAsync(vault, caseId, "old");
        byte[] firstWrappedKey;
        await using (var db = _dir.NewContext())
            firstWrappedKey = (await db.Set<VaultEntry>().SingleAsync(e => e.CaseId == caseId)).WrappedKey!;

        await StoreAsync(vault, caseId, "new");

        await using var read = _dir.NewContext();
        AssertSame(Markers("new"), await vault.ReadAsync(read, caseId, default));
        Assert.NotEqual(firstWrappedKey, (await read.Set<VaultEntry>().SingleAsync(e => e.CaseId == caseId)).WrappedKey);
    }

    [Fact]
    public async Task A_sealed_text_reads_back_after_the_data_are_edited_and_is_gone_after_shredding()
    {
        var vault = NewVault(Keys());
        var caseId = Guid.NewGuid();
        await StoreAsync(vault, caseId, "a");
        string sealedText;
        await using (var db = _dir.NewContext())
            sealedText = vault.ProtectText(db, caseId, "A remark naming Qzxa.");
        Assert.StartsWith(PersonalDataVault.TextPrefix, sealedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Qzxa", sealedText, StringComparison.Ordinal);

        await StoreAsync(vault, caseId, "b");
        await using (var db = _dir.NewContext())
        {
            Assert.Equal("A remark naming Qzxa.", vault.RevealText(db, caseId, sealedText));
            Assert.Throws<VaultDecryptionException>(() => vault.RevealText(db, caseId, sealedText[..^4] + "AAAA"));
            await vault.ShredAsync(db, caseId, default);
            await db.SaveChangesAsync();
        }

        await using var after = _dir.NewContext();
        Assert.Throws<VaultEntryShreddedException>(() => vault.RevealText(after, caseId, sealedText));
        Assert.Equal("text stored before sealing", vault.RevealText(after, caseId, "text stored before sealing"));
    }

    [Fact]
    public async Task A_case_without_an_entry_reads_as_missing()
    {
        await using var db = _dir.NewContext();
        var caseId = Guid.NewGuid();
        var e = await Assert.ThrowsAsync<VaultEntryMissingException>(() => NewVault(Keys()).ReadAsync(db, caseId, default));
        Assert.Equal(caseId, e.CaseId);
    }

    [Fact]
    public async Task A_wrong_key_encryption_key_fails_with_a_clear_message_without_data()
    {
        var caseId = Guid.NewGuid();
        await StoreAsync(NewVault(Keys("k1", fill: 1)), caseId, "a");

        await using var db = _dir.NewContext();
        var e = await Assert.ThrowsAsync<VaultDecryptionException>(() => NewVault(Keys("k1", fill: 2)).ReadAsync(db, caseId, default));
        Assert.Contains("wrong key-encryption key", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MARKER", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_under_an_unknown_key_id_names_the_missing_key()
    {
        var caseId = Guid.NewGuid();
        await StoreAsync(NewVault(Keys("k1")), caseId, "a");

        await using var db = _dir.NewContext();
        var e = await Assert.ThrowsAsync<VaultDecryptionException>(() => NewVault(Keys("k2")).ReadAsync(db, caseId, default));
        Assert.Equal("k1", e.KeyId);
    }

    [Fact]
    public async Task A_ciphertext_copied_onto_another_case_does_not_decrypt()
    {
        var vault = NewVault(Keys());
        Guid source = Guid.NewGuid(), target = Guid.NewGuid();
        await StoreAsync(vault, source, "source");
        await StoreAsync(vault, target, "target");

        await using (var db = _dir.NewContext())
        {
            var from = await db.Set<VaultEntry>().SingleAsync(e => e.CaseId == source);
            var to = await db.Set<VaultEntry>().SingleAsync(e => e.CaseId == target);
            (to.WrappedKey, to.KeyNonce, to.Ciphertext, to.Nonce) = (from.WrappedKey, from.KeyNonce, from.Ciphertext, from.Nonce);
            await db.SaveChangesAsync();
        }

        await using var read = _dir.NewContext();
        var e = await Assert.ThrowsAsync<VaultDecryptionException>(() => vault.ReadAsync(read, target, default));
        Assert.DoesNotContain("MARKER", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_ciphertext_moved_to_another_case_does_not_decrypt_either()
    {
        var vault = NewVault(Keys());
        Guid source = Guid.NewGuid(), target = Guid.NewGuid();
        await StoreAsync(vault, source, "source");
        await StoreAsync(vault, target, "target");

        await using (var db = _dir.NewContext())
        {
            var from = await db.Set<VaultEntry>().SingleAsync(e => e.CaseId == source);
            var to = await db.Set<VaultEntry>().SingleAsync(e => e.CaseId == target);
            (to.Ciphertext, to.Nonce) = (from.Ciphertext, from.Nonce);
            await db.SaveChangesAsync();
        }

        await using var read = _dir.NewContext();
        await Assert.ThrowsAsync<VaultDecryptionException>(() => vault.ReadAsync(read, target, default));
    }

    [Fact]
    public async Task Rotation_rewraps_old_entries_under_the_new_key()
    {
        var oldKeys = Keys("k1", fill: 1);
        var caseId = Guid.NewGuid();
        await StoreAsync(NewVault(oldKeys), caseId, "a");
        var both = new KeyEncryptionKeyStore("k2", new Dictionary<string, byte[]>
        {
            ["k1"] = Enumerable.Repeat((byte)1, 32).ToArray(),
            ["k2"] = Enumerable.Repeat((byte)2, 32).ToArray(),
        });

        await using (var db = _dir.NewContext())
        {
            Assert.Equal(1, await NewVault(both).RewrapAsync(db, 100, default));
            await db.SaveChangesAsync();
        }

        await using var read = _dir.NewContext();
        Assert.Equal("k2", (await read.Set<VaultEntry>().SingleAsync()).KeyId);
        AssertSame(Markers("a"), await NewVault(Keys("k2", fill: 2)).ReadAsync(read, caseId, default));
    }
}
