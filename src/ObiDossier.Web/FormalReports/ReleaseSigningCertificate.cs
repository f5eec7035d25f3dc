using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Web.FormalReports;

/// <summary>
/// The service's own signing certificate for formal reports: the configured PKCS#12 file, or a
/// self-signed RSA certificate generated once into <c>{DataDir}/keys</c> (file 0600, folder 0700),
/// so that someone who can rewrite the database still cannot sign a report.
/// </summary>
internal sealed class ReleaseSigningCertificate(IOptions<ReleaseSigningOptions> options, IOptions<ObiDossierOptions> data, TimeProvider clock) : IDisposable
{
    public const string GeneratedFileName = "release-signing.pfx";
    private const string Subject = "CN=ObiDossier formele rapportage, OU=Unit 1F, O=Immigratie- en Naturalisatiedienst, C=NL";

    private readonly Lock _gate = new();
    private X509Certificate2? _certificate;

    /// <summary>Where the certificate is read from (and, for the default, generated).</summary>
    public string Path => options.Value.CertificatePath is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured)
        : System.IO.Path.Combine(VaultServiceCollectionExtensions.KeysDirectory(data.Value), GeneratedFileName);

    private bool Configured => !string.IsNullOrEmpty(options.Value.CertificatePath);

    /// <summary>The certificate with its private key, generated the first time when none is configured.</summary>
    public X509Certificate2 GetOrCreate()
    {
        lock (_gate)
        {
            if (_certificate is not null) return _certificate;
            if (!File.Exists(Path))
            {
                if (Configured) throw new InvalidOperationException($"{ReleaseSigningOptions.Section}:CertificatePath names a file that does not exist.");
                Generate(Path, clock.GetUtcNow());
            }
            return _certificate = Load(Path);
        }
    }

    /// <summary>The certificate if it exists; <c>verify-release</c> never creates one.</summary>
    public X509Certificate2? TryLoad()
    {
        lock (_gate)
        {
            if (_certificate is null && File.Exists(Path)) _certificate = Load(Path);
            return _certificate;
        }
    }

    private X509Certificate2 Load(string path)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, options.Value.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            // The message names the file, never the password.
            throw new InvalidOperationException($"The formal-report signing certificate '{path}' cannot be read (wrong password or not PKCS#12): {e.Message}", e);
        }
    }

    /// <summary>
    /// A self-signed document-signing certificate, written atomically with owner-only permissions;
    /// when another instance generated one first, theirs is kept, so every report carries one certificate.
    /// </summary>
    private static void Generate(string path, DateTimeOffset now)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        KeyFile.TryCreateOwnerOnly(path, certificate.Export(X509ContentType.Pkcs12));
    }

    public void Dispose() => _certificate?.Dispose();
}
