using System.Globalization;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// The key-encryption keys (KEKs) by id. The current one wraps new data keys; the others only
/// unwrap entries written before a rotation (see <see cref="PersonalDataVault.RewrapAsync"/>).
/// </summary>
public sealed class KeyEncryptionKeyStore
{
    private const string FilePrefix = "kek-";
    private const string FileSuffix = ".key";

    private readonly Dictionary<string, byte[]> _keys;

    /// <param name="currentKeyId">The id of the key that wraps new data keys; must be in <paramref name="keys"/>.</param>
    /// <param name="keys">Every known KEK by id, 32 bytes each.</param>
    public KeyEncryptionKeyStore(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (keys.Any(k => k.Value.Length != VaultCrypto.KeySize))
            throw new ArgumentException($"Every key-encryption key must be {VaultCrypto.KeySize} bytes.", nameof(keys));
        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        if (!_keys.ContainsKey(currentKeyId))
            throw new ArgumentException($"The current key id '{currentKeyId}' is not among the keys.", nameof(currentKeyId));
        CurrentKeyId = currentKeyId;
    }

    /// <summary>The id of the KEK that wraps new data keys.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Every KEK id this store can unwrap with.</summary>
    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    internal byte[] CurrentKey => _keys[CurrentKeyId];

    internal bool TryGet(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    /// <summary>Seals a service secret (e.g. a Data Protection key) under the current KEK.</summary>
    public (string KeyId, byte[] Sealed, byte[] Nonce) SealSecret(byte[] secret, string purpose)
    {
        var (sealedBytes, nonce) = VaultCrypto.SealSecret(CurrentKey, secret, purpose, CurrentKeyId);
        return (CurrentKeyId, sealedBytes, nonce);
    }

    /// <summary>Opens a secret sealed by <see cref="SealSecret"/> under any known KEK.</summary>
    /// <exception cref="InvalidOperationException">The KEK it was sealed under is not configured.</exception>
    public byte[] OpenSecret(string keyId, byte[] sealedBytes, byte[] nonce, string purpose) =>
        TryGet(keyId, out var kek)
            ? VaultCrypto.OpenSecret(kek, sealedBytes, nonce, purpose, keyId)
            : throw new InvalidOperationException($"The key-encryption key '{keyId}' that sealed this secret is not configured.");

    /// <summary>
    /// Loads the KEKs from configuration and from <c>kek-{id}.key</c> files in <paramref name="keysDirectory"/>.
    /// A configured key is current; without one, the newest key file is (generated ids are UTC
    /// timestamps, so the greatest id is the newest), and when there is none, one is generated.
    /// </summary>
    public static KeyEncryptionKeyStore Load(string keysDirectory, VaultOptions options, TimeProvider time)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(keysDirectory))
            foreach (var path in Directory.EnumerateFiles(keysDirectory, FilePrefix + "*" + FileSuffix))
            {
                var name = Path.GetFileName(path);
                var id = name[FilePrefix.Length..^FileSuffix.Length];
                if (VaultOptions.KeyIdPattern().IsMatch(id)) keys[id] = KeyFile.Read(path);
            }

        foreach (var (id, base64) in options.RetiredKeys)
            Add(keys, id, Convert.FromBase64String(base64.Trim()));

        if (!string.IsNullOrEmpty(options.KeyEncryptionKey) && options.KeyId is { } configuredId)
        {
            Add(keys, configuredId, Convert.FromBase64String(options.KeyEncryptionKey.Trim()));
            return new KeyEncryptionKeyStore(configuredId, keys);
        }

        if (keys.Count > 0 && keys.Keys.Where(IsFileKey(keysDirectory)).Max(StringComparer.Ordinal) is { } newest)
            return new KeyEncryptionKeyStore(newest, keys);

        var generatedId = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        keys[generatedId] = KeyFile.LoadOrCreate(FilePath(keysDirectory, generatedId), VaultCrypto.NewKey);
        return new KeyEncryptionKeyStore(generatedId, keys);
    }

    /// <summary>The path of the generated key file with this id.</summary>
    public static string FilePath(string keysDirectory, string keyId) =>
        Path.Combine(keysDirectory, FilePrefix + keyId + FileSuffix);

    private static Func<string, bool> IsFileKey(string keysDirectory) => id => File.Exists(FilePath(keysDirectory, id));

    private static void Add(Dictionary<string, byte[]> keys, string id, byte[] key)
    {
        // Two different keys under one id would make entries under that id unreadable at random.
        if (keys.TryGetValue(id, out var existing) && !existing.AsSpan().SequenceEqual(key))
            throw new InvalidOperationException($"Key-encryption key id '{id}' is defined twice with different keys (configuration and key file).");
        keys[id] = key;
    }
}
