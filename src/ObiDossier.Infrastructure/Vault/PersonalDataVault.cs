using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// Personal data encrypted at rest per record (README, "Vault"): a 1F case's <see cref="PersonalData"/>
/// and, keyed by the signal's id, an OBI reporter's contact (the entry's <c>CaseId</c> is the
/// record's id; ids are version-7 GUIDs, so a case and a signal never share one). None of these
/// methods saves: the caller saves in the transaction that also writes its audit entry.
/// </summary>
public sealed class PersonalDataVault(KeyEncryptionKeyStore keys, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Encrypts the record's personal data (a case's <see cref="PersonalData"/>, a reporter's contact), inserting or replacing its entry.</summary>
    /// <exception cref="VaultEntryShreddedException">The record was shredded; its data may not come back.</exception>
    public void Store<T>(DbContext db, Guid caseId, T data) where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        var now = time.GetUtcNow();
        var entry = db.Set<VaultEntry>().Find(caseId);
        if (entry is null)
        {
            entry = new VaultEntry { CaseId = caseId, CreatedAt = now };
            db.Set<VaultEntry>().Add(entry);
        }
        else if (entry.ShreddedAt is { } shreddedAt)
        {
            throw new VaultEntryShreddedException(caseId, shreddedAt);
        }

        Seal(entry, JsonSerializer.SerializeToUtf8Bytes(data, Json));
        entry.UpdatedAt = now;
    }

    /// <summary>Decrypts the case's personal data.</summary>
    /// <exception cref="VaultEntryMissingException">The case has no vault entry.</exception>
    /// <exception cref="VaultEntryShreddedException">The case was shredded.</exception>
    /// <exception cref="VaultDecryptionException">The KEK is missing or wrong, or the entry was tampered with or moved.</exception>
    public Task<PersonalData> ReadAsync(DbContext db, Guid caseId, CancellationToken ct) => ReadAsync<PersonalData>(db, caseId, ct);

    /// <summary>Decrypts the record's personal data as <typeparamref name="T"/>, the type it was stored as.</summary>
    /// <exception cref="VaultEntryMissingException">The record has no vault entry.</exception>
    /// <exception cref="VaultEntryShreddedException">The record was shredded.</exception>
    /// <exception cref="VaultDecryptionException">The KEK is missing or wrong, or the entry was tampered with or moved.</exception>
    public async Task<T> ReadAsync<T>(DbContext db, Guid caseId, CancellationToken ct) where T : class
    {
        // Find, not a query: it also sees an entry stored earlier in this unit of work.
        var entry = await db.Set<VaultEntry>().FindAsync([caseId], ct)
            ?? throw new VaultEntryMissingException(caseId);
        var plaintext = Open(entry);
        try
        {
            return JsonSerializer.Deserialize<T>(plaintext, Json)
                ?? throw new VaultDecryptionException(caseId, entry.KeyId, "the decrypted entry is empty.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// Crypto-shreds the case: the wrapped data key and the ciphertext are removed and
    /// <see cref="VaultEntry.ShreddedAt"/> is set, so nothing is left that any key could decrypt.
    /// Idempotent; a case without an entry gets a shredded tombstone so no data can be stored later.
    /// </summary>
    public async Task ShredAsync(DbContext db, Guid caseId, CancellationToken ct)
    {
        await SqliteRemnants.ZeroFreedSpaceAsync(db, ct);
        var now = time.GetUtcNow();
        var entry = await db.Set<VaultEntry>().FindAsync([caseId], ct);
        if (entry is null)
        {
            db.Set<VaultEntry>().Add(new VaultEntry { CaseId = caseId, CreatedAt = now, UpdatedAt = now, ShreddedAt = now });
            return;
        }

        if (entry.ShreddedAt is not null) return;
        entry.WrappedKey = null;
        entry.KeyNonce = [];
        entry.Ciphertext = null;
        entry.Nonce = [];
        entry.ShreddedAt = now;
        entry.UpdatedAt = now;
    }

    /// <summary>
    /// Call after the shredding transaction has committed. On SQLite, old page images holding the
    /// wrapped key stay in the write-ahead log until it is checkpointed and truncated; this does
    /// that. Other providers: no-op.
    /// </summary>
    public Task PurgeShreddedRemnantsAsync(DbContext db, CancellationToken ct) => SqliteRemnants.TruncateWalAsync(db, ct);

    /// <summary>
    /// Key rotation: re-encrypts up to <paramref name="batchSize"/> entries not yet under the
    /// current KEK. Returns how many it changed; the caller saves, and repeats until 0.
    /// </summary>
    public async Task<int> RewrapAsync(DbContext db, int batchSize, CancellationToken ct)
    {
        var stale = await db.Set<VaultEntry>()
            .Where(e => e.KeyId != keys.CurrentKeyId && e.ShreddedAt == null)
            .OrderBy(e => e.CaseId)
            .Take(batchSize)
            .ToListAsync(ct);
        foreach (var entry in stale)
        {
            var plaintext = Open(entry);
            Seal(entry, plaintext);
            CryptographicOperations.ZeroMemory(plaintext);
            entry.UpdatedAt = time.GetUtcNow();
        }

        return stale.Count;
    }

    /// <summary>Prefix of a text sealed by <see cref="ProtectText"/>: tells it apart from text stored before texts were sealed.</summary>
    public const string TextPrefix = "vault:v1:";

    /// <summary>
    /// Loads the case's vault entry into <paramref name="db"/> asynchronously, so that sealing and
    /// opening its texts later in the same unit of work find it there without blocking on I/O.
    /// </summary>
    public async Task PrefetchAsync(DbContext db, Guid caseId, CancellationToken ct) =>
        await db.Set<VaultEntry>().FindAsync([caseId], ct);

    /// <summary>
    /// Seals free text about a case (a remark, an answer, a motivation) under the case's data key,
    /// so that crypto-shredding the case makes it unreadable too. The result is what to store.
    /// </summary>
    /// <exception cref="VaultEntryMissingException">The case has no vault entry.</exception>
    /// <exception cref="VaultEntryShreddedException">The case was shredded.</exception>
    public string ProtectText(DbContext db, Guid caseId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entry = db.Set<VaultEntry>().Find(caseId) ?? throw new VaultEntryMissingException(caseId);
        var dataKey = DataKey(entry);
        var plaintext = System.Text.Encoding.UTF8.GetBytes(text);
        try
        {
            var (ciphertext, nonce) = VaultCrypto.SealText(dataKey, plaintext, caseId);
            return TextPrefix + Convert.ToBase64String([.. nonce, .. ciphertext]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The text that <see cref="ProtectText"/> sealed; text stored unsealed (older rows) comes back as it is.</summary>
    /// <exception cref="VaultEntryShreddedException">The case was shredded: the text is gone.</exception>
    /// <exception cref="VaultDecryptionException">The text was altered or belongs to another case.</exception>
    public string RevealText(DbContext db, Guid caseId, string stored)
    {
        if (!stored.StartsWith(TextPrefix, StringComparison.Ordinal)) return stored;
        var entry = db.Set<VaultEntry>().Find(caseId) ?? throw new VaultEntryMissingException(caseId);
        var dataKey = DataKey(entry);
        try
        {
            var bytes = Convert.FromBase64String(stored[TextPrefix.Length..]);
            if (bytes.Length < VaultCrypto.NonceSize) throw new AuthenticationTagMismatchException();
            var plaintext = VaultCrypto.OpenText(dataKey, bytes[VaultCrypto.NonceSize..], bytes[..VaultCrypto.NonceSize], caseId);
            return System.Text.Encoding.UTF8.GetString(plaintext);
        }
        catch (Exception e) when (e is AuthenticationTagMismatchException or FormatException)
        {
            throw new VaultDecryptionException(caseId, entry.KeyId, "a sealed text does not verify (it was altered or belongs to another case).", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private void Seal(VaultEntry entry, byte[] plaintext)
    {
        // One data key per case for its life: texts sealed under it stay readable when the
        // personal data are edited or the KEK rotates, and all go together when it is shredded.
        var dataKey = entry.WrappedKey is null ? VaultCrypto.NewKey() : DataKey(entry);
        try
        {
            var keyId = keys.CurrentKeyId;
            (entry.Ciphertext, entry.Nonce) = VaultCrypto.SealData(dataKey, plaintext, entry.CaseId, keyId);
            (entry.WrappedKey, entry.KeyNonce) = VaultCrypto.Wrap(keys.CurrentKey, dataKey, entry.CaseId, keyId);
            entry.KeyId = keyId;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The case's data key, unwrapped; the caller zeroes it.</summary>
    private byte[] DataKey(VaultEntry entry)
    {
        if (entry.ShreddedAt is not null || entry.WrappedKey is null)
            throw new VaultEntryShreddedException(entry.CaseId, entry.ShreddedAt ?? entry.UpdatedAt);
        if (!keys.TryGet(entry.KeyId, out var kek))
            throw new VaultDecryptionException(entry.CaseId, entry.KeyId, "that key is not configured.");
        try
        {
            return VaultCrypto.Unwrap(kek, entry.WrappedKey, entry.KeyNonce, entry.CaseId, entry.KeyId);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new VaultDecryptionException(entry.CaseId, entry.KeyId,
                "the wrapped data key does not verify (wrong key-encryption key, or the entry was altered or belongs to another case).", e);
        }
    }

    private byte[] Open(VaultEntry entry)
    {
        if (entry.ShreddedAt is not null || entry.WrappedKey is null || entry.Ciphertext is null)
            throw new VaultEntryShreddedException(entry.CaseId, entry.ShreddedAt ?? entry.UpdatedAt);
        var dataKey = DataKey(entry);

        try
        {
            return VaultCrypto.OpenData(dataKey, entry.Ciphertext, entry.Nonce, entry.CaseId, entry.KeyId);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new VaultDecryptionException(entry.CaseId, entry.KeyId,
                "the ciphertext does not verify (it was altered or belongs to another case).", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
