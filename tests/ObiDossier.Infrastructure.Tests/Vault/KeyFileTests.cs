using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Infrastructure.Tests.Vault;

public sealed class KeyFileTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string KeysDirectory => VaultServiceCollectionExtensions.KeysDirectory(_dir.Options);

    [Fact]
    public void A_generated_key_encryption_key_is_owner_only_and_reused_on_the_next_start()
    {
        var first = KeyEncryptionKeyStore.Load(KeysDirectory, new VaultOptions(), TimeProvider.System);
        var path = KeyEncryptionKeyStore.FilePath(KeysDirectory, first.CurrentKeyId);

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(KeysDirectory));
        }

        var second = KeyEncryptionKeyStore.Load(KeysDirectory, new VaultOptions(), TimeProvider.System);
        Assert.Equal(first.CurrentKeyId, second.CurrentKeyId);
        Assert.Equal(first.CurrentKey, second.CurrentKey);
    }

    [Fact]
    public void A_configured_key_is_current_and_older_key_files_still_unwrap()
    {
        var generated = KeyEncryptionKeyStore.Load(KeysDirectory, new VaultOptions(), TimeProvider.System);
        var configured = new VaultOptions { KeyId = "hsm-2026", KeyEncryptionKey = Convert.ToBase64String(new byte[32]) };

        var store = KeyEncryptionKeyStore.Load(KeysDirectory, configured, TimeProvider.System);

        Assert.Equal("hsm-2026", store.CurrentKeyId);
        Assert.Contains(generated.CurrentKeyId, store.KeyIds);
    }

    [Fact]
    public void The_pseudonym_key_file_is_owner_only_and_ids_are_stable_per_key_and_type()
    {
        var pseudonymiser = Pseudonymiser.Load(KeysDirectory, new VaultOptions());
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(KeysDirectory, "pseudonym.key")));

        var id = pseudonymiser.DataSubjectId("vreemdelingennummer", "1234567890");
        Assert.Matches("^[0-9a-f]{64}$", id);
        Assert.Equal(id, Pseudonymiser.Load(KeysDirectory, new VaultOptions()).DataSubjectId("vreemdelingennummer", " 1234567890 "));
        Assert.NotEqual(id, pseudonymiser.DataSubjectId("bsn", "1234567890"));
        Assert.NotEqual(id, new Pseudonymiser(new byte[32]).DataSubjectId("vreemdelingennummer", "1234567890"));
    }

    [Fact]
    public void AddVault_resolves_with_generated_keys_under_the_data_folder()
    {
        using var provider = Services(new Dictionary<string, string?>());

        Assert.NotNull(provider.GetRequiredService<PersonalDataVault>());
        Assert.NotNull(provider.GetRequiredService<Pseudonymiser>());
        Assert.Single(Directory.GetFiles(KeysDirectory, "kek-*.key"));
    }

    [Fact]
    public void A_malformed_configured_key_is_refused_without_echoing_it()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["ObiDossier:Vault:KeyEncryptionKey"] = "c2VjcmV0LWJ1dC10b28tc2hvcnQ=",
        });

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<VaultOptions>>().Value);
        Assert.Contains("KeyEncryptionKey must be base64 of exactly 32 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("KeyId is required", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", e.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["ObiDossier:DataDir"] = _dir.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<ObiDossierOptions>().BindConfiguration(ObiDossierOptions.Section);
        services.AddVault();
        return services.BuildServiceProvider();
    }
}
