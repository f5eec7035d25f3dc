namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// A vault operation failed. Messages name the case id and key id only, never personal data,
/// so these exceptions are safe to log.
/// </summary>
public abstract class VaultException : Exception
{
    protected VaultException(Guid caseId, string message, Exception? inner = null) : base(message, inner) => CaseId = caseId;

    public Guid CaseId { get; }
}

/// <summary>The case has no personal data in the vault.</summary>
public sealed class VaultEntryMissingException(Guid caseId)
    : VaultException(caseId, $"Case {caseId} has no personal data in the vault.");

/// <summary>The case's personal data were crypto-shredded (retention ended); they cannot be read or replaced.</summary>
public sealed class VaultEntryShreddedException(Guid caseId, DateTimeOffset shreddedAt)
    : VaultException(caseId, $"The personal data of case {caseId} were shredded at {shreddedAt:O} and cannot be recovered.")
{
    public DateTimeOffset ShreddedAt { get; } = shreddedAt;
}

/// <summary>
/// The entry could not be decrypted: its key-encryption key is not configured, or the key or the
/// stored bytes are wrong (another KEK under the same id, a tampered or moved ciphertext).
/// </summary>
public sealed class VaultDecryptionException(Guid caseId, string keyId, string reason, Exception? inner = null)
    : VaultException(caseId, $"The personal data of case {caseId} could not be decrypted with key-encryption key '{keyId}': {reason}", inner)
{
    public string KeyId { get; } = keyId;
}
