using System.Security.Cryptography;
using System.Text;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// The envelope: AES-256-GCM for the data under a per-case data key, and AES-256-GCM again for
/// wrapping that key under a KEK. Both ciphertexts carry the case id and KEK id as associated
/// data, so neither can be moved to another case or relabelled with another key id.
/// </summary>
internal static class VaultCrypto
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    // The labels keep a data ciphertext from ever verifying as a wrapped key and vice versa,
    // and name the format version so a later format can be told apart.
    private const string DataLabel = "obidossier/vault/v1/data";
    private const string WrapLabel = "obidossier/vault/v1/wrap";
    private const string SecretLabel = "obidossier/vault/v1/secret";

    // Free text about the case (remarks, answers, motivations) under the same data key. Bound to
    // the case but not to the KEK id: rotating the KEK rewraps the data key and leaves texts valid.
    private const string TextLabel = "obidossier/vault/v1/text";

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static (byte[] Ciphertext, byte[] Nonce) SealData(byte[] dataKey, byte[] plaintext, Guid caseId, string keyId) =>
        Seal(dataKey, plaintext, AssociatedData(DataLabel, caseId, keyId));

    public static byte[] OpenData(byte[] dataKey, byte[] ciphertext, byte[] nonce, Guid caseId, string keyId) =>
        Open(dataKey, ciphertext, nonce, AssociatedData(DataLabel, caseId, keyId));

    public static (byte[] Ciphertext, byte[] Nonce) SealText(byte[] dataKey, byte[] plaintext, Guid caseId) =>
        Seal(dataKey, plaintext, Encoding.UTF8.GetBytes($"{TextLabel}\n{caseId:D}"));

    public static byte[] OpenText(byte[] dataKey, byte[] ciphertext, byte[] nonce, Guid caseId) =>
        Open(dataKey, ciphertext, nonce, Encoding.UTF8.GetBytes($"{TextLabel}\n{caseId:D}"));

    public static (byte[] WrappedKey, byte[] Nonce) Wrap(byte[] kek, byte[] dataKey, Guid caseId, string keyId) =>
        Seal(kek, dataKey, AssociatedData(WrapLabel, caseId, keyId));

    public static byte[] Unwrap(byte[] kek, byte[] wrappedKey, byte[] nonce, Guid caseId, string keyId) =>
        Open(kek, wrappedKey, nonce, AssociatedData(WrapLabel, caseId, keyId));

    /// <summary>Seals a service secret (not case data) under a KEK; <paramref name="purpose"/> binds it to its use.</summary>
    public static (byte[] Sealed, byte[] Nonce) SealSecret(byte[] kek, byte[] secret, string purpose, string keyId) =>
        Seal(kek, secret, Encoding.UTF8.GetBytes($"{SecretLabel}\n{purpose}\n{keyId}"));

    public static byte[] OpenSecret(byte[] kek, byte[] sealedBytes, byte[] nonce, string purpose, string keyId) =>
        Open(kek, sealedBytes, nonce, Encoding.UTF8.GetBytes($"{SecretLabel}\n{purpose}\n{keyId}"));

    private static (byte[], byte[]) Seal(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        // A random 96-bit nonce is safe here: a data key encrypts one case's entry and its texts,
        // and a KEK wraps, far fewer than the 2^32 messages at which random nonces start to risk collisions.
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var output = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(0, plaintext.Length), output.AsSpan(plaintext.Length), associatedData);
        return (output, nonce);
    }

    /// <exception cref="AuthenticationTagMismatchException">Wrong key, wrong case, or tampered bytes.</exception>
    private static byte[] Open(byte[] key, byte[] sealedBytes, byte[] nonce, byte[] associatedData)
    {
        if (sealedBytes.Length < TagSize || nonce.Length != NonceSize)
            throw new AuthenticationTagMismatchException();
        var length = sealedBytes.Length - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, length), sealedBytes.AsSpan(length), plaintext, associatedData);
        return plaintext;
    }

    private static byte[] AssociatedData(string label, Guid caseId, string keyId) =>
        Encoding.UTF8.GetBytes($"{label}\n{caseId:D}\n{keyId}");
}
