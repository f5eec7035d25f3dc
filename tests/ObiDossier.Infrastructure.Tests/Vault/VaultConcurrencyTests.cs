using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Testing;
using static ObiDossier.Infrastructure.Tests.Vault.VaultTestData;

namespace ObiDossier.Infrastructure.Tests.Vault;

/// <summary>The vault on SQLite.</summary>
public sealed class SqliteVaultConcurrencyTests : VaultConcurrencyTests
{
    private readonly TempDataDir _dir = new();

    protected override ObiDossierDbContext NewContext() => _dir.NewContext();

    protected override void Dispose(bool disposing) => _dir.Dispose();
}

/// <summary>The vault on PostgreSQL, where two instances really write at the same time.</summary>
[RunsOnPostgres]
public sealed class PostgresVaultConcurrencyTests : VaultConcurrencyTests
{
    private readonly TestDatabase? _database;

    public PostgresVaultConcurrencyTests()
    {
        if (TestPostgres.ServerConnectionString is null) return; // skipped (or failed on CI) by [RunsOnPostgres]
        _database = TestPostgres.CreateDatabase();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    protected override ObiDossierDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ObiDossierDbContext>().UseNpgsql(_database!.ConnectionString).Options);

    protected override void Dispose(bool disposing) => _database?.Dispose();
}

/// <summary>Storing, reading and crypto-shredding behave the same on every provider, also when requests overlap.</summary>
public abstract class VaultConcurrencyTests : IDisposable
{
    private readonly PersonalDataVault _vault = NewVault(Keys());

    protected abstract ObiDossierDbContext NewContext();

    protected abstract void Dispose(bool disposing);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task Stored_data_read_back_equal_and_after_shredding_nothing_is_left_to_decrypt()
    {
        var caseId = Guid.NewGuid();
        await using (var db = NewContext())
        {
            _vault.Store(db, caseId, Markers("a"));
            await db.SaveChangesAsync();
        }
        await using (var db = NewContext())
            AssertSame(Markers("a"), await _vault.ReadAsync(db, caseId, default));

        await using (var db = NewContext())
        {
            await _vault.ShredAsync(db, caseId, default);
            await db.SaveChangesAsync();
        }

        await using var read = NewContext();
        await Assert.ThrowsAsync<VaultEntryShreddedException>(() => _vault.ReadAsync(read, caseId, default));
        var entry = await read.Set<VaultEntry>().AsNoTracking().SingleAsync(e => e.CaseId == caseId);
        Assert.Null(entry.WrappedKey);
        Assert.Null(entry.Ciphertext);
    }

    [DatabaseFact]
    public async Task A_store_that_read_the_entry_before_a_concurrent_shred_cannot_bring_the_data_back()
    {
        var caseId = Guid.NewGuid();
        await using (var db = NewContext())
        {
            _vault.Store(db, caseId, Markers("old"));
            await db.SaveChangesAsync();
        }

        // An edit reads the entry, then retention shreds the case and commits, then the edit saves.
        await using var edit = NewContext();
        _vault.Store(edit, caseId, Markers("new"));
        await using (var retention = NewContext())
        {
            await _vault.ShredAsync(retention, caseId, default);
            await retention.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => edit.SaveChangesAsync());
        await using var read = NewContext();
        var entry = await read.Set<VaultEntry>().AsNoTracking().SingleAsync(e => e.CaseId == caseId);
        Assert.NotNull(entry.ShreddedAt);
        Assert.Null(entry.Ciphertext);
        Assert.Null(entry.WrappedKey);
    }
}
