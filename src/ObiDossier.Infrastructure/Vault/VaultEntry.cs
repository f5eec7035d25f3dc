namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// The encrypted personal data of one case: an AES-256-GCM ciphertext under a per-case data key,
/// and that data key wrapped by a key-encryption key (KEK) named by <see cref="KeyId"/>.
/// Written only by <see cref="PersonalDataVault"/>.
/// </summary>
public sealed class VaultEntry
{
    /// <summary>The case this entry belongs to; also bound into the associated data of both ciphertexts.</summary>
    public Guid CaseId { get; init; }

    /// <summary>Id of the KEK that wrapped <see cref="WrappedKey"/>.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>The data key encrypted under the KEK (ciphertext + tag); <c>null</c> once shredded.</summary>
    public byte[]? WrappedKey { get; set; }

    /// <summary>GCM nonce of <see cref="WrappedKey"/>.</summary>
    public byte[] KeyNonce { get; set; } = [];

    /// <summary>The personal data as camelCase JSON, encrypted under the data key (ciphertext + tag); <c>null</c> once shredded.</summary>
    public byte[]? Ciphertext { get; set; }

    /// <summary>GCM nonce of <see cref="Ciphertext"/>.</summary>
    public byte[] Nonce { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the entry was crypto-shredded; from then on the data cannot be recovered.</summary>
    public DateTimeOffset? ShreddedAt { get; set; }
}
