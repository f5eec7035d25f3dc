using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ObiDossier.Infrastructure.Vault;

/// <summary>Registers the vault.</summary>
public static class VaultServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PersonalDataVault"/>, <see cref="KeyEncryptionKeyStore"/> and
    /// <see cref="Pseudonymiser"/> as singletons, with <see cref="VaultOptions"/> bound to
    /// <c>ObiDossier:Vault</c> and validated on start. Keys not configured are generated under
    /// <c>{DataDir}/keys</c> on first use.
    /// </summary>
    public static IServiceCollection AddVault(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<VaultOptions>().BindConfiguration(VaultOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VaultOptions>, VaultOptionsValidator>());

        services.TryAddSingleton(sp => KeyEncryptionKeyStore.Load(
            KeysDirectory(sp), sp.GetRequiredService<IOptions<VaultOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => Pseudonymiser.Load(
            KeysDirectory(sp), sp.GetRequiredService<IOptions<VaultOptions>>().Value));
        services.TryAddSingleton<PersonalDataVault>();
        return services;
    }

    /// <summary>Where generated keys live: <c>{DataDir}/keys</c>.</summary>
    public static string KeysDirectory(ObiDossierOptions options) => Path.Combine(options.DataDirFullPath, "keys");

    private static string KeysDirectory(IServiceProvider sp) =>
        KeysDirectory(sp.GetRequiredService<IOptions<ObiDossierOptions>>().Value);
}
