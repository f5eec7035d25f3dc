using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// The <c>ObiDossier:Vault</c> configuration section. Every key is optional: keys not configured
/// are generated on first run into <c>{DataDir}/keys</c> with owner-only permissions.
/// </summary>
public sealed partial class VaultOptions
{
    public const string Section = "ObiDossier:Vault";

    /// <summary>The current key-encryption key, base64 of 32 bytes; requires <see cref="KeyId"/>.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Id of <see cref="KeyEncryptionKey"/>, stored with every key it wraps.</summary>
    public string? KeyId { get; set; }

    /// <summary>Older KEKs by id (base64 of 32 bytes), kept to unwrap entries not yet rewrapped.</summary>
    public Dictionary<string, string> RetiredKeys { get; set; } = [];

    /// <summary>The HMAC key of the pseudonymiser, base64 of 32 bytes.</summary>
    public string? PseudonymKey { get; set; }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    internal static partial Regex KeyIdPattern();

    internal static bool IsKey(string? base64)
    {
        var buffer = new byte[VaultCrypto.KeySize + 1];
        return base64 is not null && Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == VaultCrypto.KeySize;
    }
}

/// <summary>Stops the start on a malformed vault configuration; messages never echo a key.</summary>
internal sealed class VaultOptionsValidator : IValidateOptions<VaultOptions>
{
    private const string Base64Key = "must be base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`)";

    public ValidateOptionsResult Validate(string? name, VaultOptions options)
    {
        var faults = new List<string>();
        if (!string.IsNullOrEmpty(options.KeyEncryptionKey))
        {
            if (!VaultOptions.IsKey(options.KeyEncryptionKey))
                faults.Add($"{VaultOptions.Section}:KeyEncryptionKey {Base64Key}.");
            if (options.KeyId is null || !VaultOptions.KeyIdPattern().IsMatch(options.KeyId))
                faults.Add($"{VaultOptions.Section}:KeyId is required with KeyEncryptionKey: 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-'.");
        }
        else if (!string.IsNullOrEmpty(options.KeyId))
        {
            faults.Add($"{VaultOptions.Section}:KeyId is set but KeyEncryptionKey is not; set both, or neither to use a generated key file.");
        }

        foreach (var (id, key) in options.RetiredKeys)
        {
            if (!VaultOptions.KeyIdPattern().IsMatch(id))
                faults.Add($"{VaultOptions.Section}:RetiredKeys has an id that is not 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-'.");
            else if (!VaultOptions.IsKey(key))
                faults.Add($"{VaultOptions.Section}:RetiredKeys:{id} {Base64Key}.");
        }

        if (!string.IsNullOrEmpty(options.PseudonymKey) && !VaultOptions.IsKey(options.PseudonymKey))
            faults.Add($"{VaultOptions.Section}:PseudonymKey {Base64Key}.");

        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }
}
