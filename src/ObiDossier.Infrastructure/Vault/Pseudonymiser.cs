using System.Security.Cryptography;
using System.Text;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// Pseudonymous data-subject ids for the processing log: a keyed hash (HMAC-SHA256), so the same
/// person gets the same id across records, while the id cannot be reversed or recomputed
/// (e.g. by hashing every possible V-number) without the key.
/// </summary>
public sealed class Pseudonymiser
{
    private const string FileName = "pseudonym.key";
    private readonly byte[] _key;

    /// <param name="key">The HMAC key, 32 bytes.</param>
    public Pseudonymiser(byte[] key)
    {
        if (key.Length != VaultCrypto.KeySize)
            throw new ArgumentException($"The pseudonym key must be {VaultCrypto.KeySize} bytes.", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>
    /// The pseudonymous id of a data subject identified by <paramref name="value"/> of the given
    /// <paramref name="type"/> (e.g. <c>vreemdelingennummer</c>): 64 lowercase hex characters.
    /// The value is trimmed and upper-cased first, so trivial spelling differences give one id.
    /// </summary>
    public string DataSubjectId(string type, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(value);
        if (type.Contains('\0', StringComparison.Ordinal))
            throw new ArgumentException("The data-subject type may not contain NUL.", nameof(type));

        // The type is part of the input so equal values of different types never share an id;
        // NUL separates them unambiguously.
        var input = Encoding.UTF8.GetBytes(type + "\0" + value.Trim().ToUpperInvariant());
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, input));
    }

    /// <summary>The configured key, or the key file in <paramref name="keysDirectory"/>, generated on first run.</summary>
    public static Pseudonymiser Load(string keysDirectory, VaultOptions options) =>
        new(string.IsNullOrEmpty(options.PseudonymKey)
            ? KeyFile.LoadOrCreate(Path.Combine(keysDirectory, FileName), VaultCrypto.NewKey)
            : Convert.FromBase64String(options.PseudonymKey.Trim()));
}
