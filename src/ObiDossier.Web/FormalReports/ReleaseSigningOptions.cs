namespace ObiDossier.Web.FormalReports;

/// <summary>
/// The <c>ObiDossier:Release</c> section: the certificate that signs formal reports. Like the
/// vault's keys it lives outside the database; when none is configured, one is generated on first
/// use into <c>{DataDir}/keys/release-signing.pfx</c> with owner-only permissions.
/// </summary>
public sealed class ReleaseSigningOptions
{
    public const string Section = "ObiDossier:Release";

    /// <summary>A PKCS#12 (.pfx/.p12) file holding the signing certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }
}
