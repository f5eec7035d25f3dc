using System.Text;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Infrastructure.Tests.Vault;

/// <summary>The proof that matters for §4: nothing on disk holds a personal-data value in clear.</summary>
public sealed class DataAtRestTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task No_file_in_the_data_folder_holds_a_personal_data_value_in_clear()
    {
        var keysDirectory = VaultServiceCollectionExtensions.KeysDirectory(_dir.Options);
        var vault = new PersonalDataVault(KeyEncryptionKeyStore.Load(keysDirectory, new VaultOptions(), TimeProvider.System), TimeProvider.System);
        var cases = Enumerable.Range(0, 20).Select(i => (Id: Guid.NewGuid(), Data: VaultTestData.Markers($"case{i}"))).ToList();

        // Keep one connection open so SQLite does not checkpoint and delete the WAL before the scan.
        await using var db = _dir.NewContext();
        await db.Database.OpenConnectionAsync();
        foreach (var (id, data) in cases)
            vault.Store(db, id, data);
        await db.SaveChangesAsync();
        vault.Store(db, cases[0].Id, VaultTestData.Markers("replaced"));
        await db.SaveChangesAsync();
        VaultTestData.AssertSame(cases[1].Data, await vault.ReadAsync(db, cases[1].Id, default));

        Assert.True(new FileInfo(_dir.DatabaseFile + "-wal").Length > 0, "the scan must cover a non-empty WAL");
        var values = cases.SelectMany(c => c.Data.Values()).Concat(VaultTestData.Markers("replaced").Values())
            .Select(v => v.Value).Append("MARKER").ToList();
        var files = Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".key", StringComparison.Ordinal));

        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var value in values)
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(value)), $"{Path.GetFileName(file)} holds a value in clear (UTF-8)");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(value)), $"{Path.GetFileName(file)} holds a value in clear (UTF-16)");
            }
        }
    }

    [Fact]
    public async Task After_shredding_the_wrapped_key_is_gone_from_the_row()
    {
        var vault = new PersonalDataVault(VaultTestData.Keys(), TimeProvider.System);
        var caseId = Guid.NewGuid();
        await using var db = _dir.NewContext();
        vault.Store(db, caseId, new PersonalData { FullName = "MARKER" });
        await db.SaveChangesAsync();

        await vault.ShredAsync(db, caseId, default);
        await db.SaveChangesAsync();

        var row = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM VaultEntries WHERE WrappedKey IS NULL AND Ciphertext IS NULL AND ShreddedAt IS NOT NULL").SingleAsync();
        Assert.Equal(1, row);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
