using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Data Protection keys (the UI cookie and antiforgery tokens rest on them) live in the database,
/// shared by every instance behind a load balancer, and are sealed under the vault's
/// key-encryption key: neither a profile folder per instance nor plain key material on disk.
/// </summary>
internal static class DataProtectionSetup
{
    public const string Purpose = "aspnetcore-data-protection";

    public static IServiceCollection AddObiDossierDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ObiDossier");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>());
            o.XmlEncryptor = new KekXmlEncryptor(sp.GetRequiredService<KeyEncryptionKeyStore>());
        }));
        return services;
    }

    private sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
            return [.. db.Set<DataProtectionKeyEntity>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x))];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
            db.Add(new DataProtectionKeyEntity { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChanges();
        }
    }
}

/// <summary>Seals a Data Protection key's XML under the current key-encryption key (AES-256-GCM).</summary>
public sealed class KekXmlEncryptor(KeyEncryptionKeyStore keks) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var (keyId, sealedBytes, nonce) = keks.SealSecret(System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)),
            DataProtectionSetup.Purpose);
        return new EncryptedXmlInfo(
            new XElement("sealedKey", new XAttribute("kekId", keyId), new XElement("nonce", Convert.ToBase64String(nonce)),
                new XElement("value", Convert.ToBase64String(sealedBytes))),
            typeof(KekXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="KekXmlEncryptor"/> sealed (created by Data Protection with the service provider).</summary>
public sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keks = services.GetRequiredService<KeyEncryptionKeyStore>();
        var plaintext = keks.OpenSecret((string)encryptedElement.Attribute("kekId")!,
            Convert.FromBase64String((string)encryptedElement.Element("value")!), Convert.FromBase64String((string)encryptedElement.Element("nonce")!),
            DataProtectionSetup.Purpose);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plaintext));
    }
}
