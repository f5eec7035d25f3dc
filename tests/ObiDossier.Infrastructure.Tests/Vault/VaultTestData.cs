using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Infrastructure.Tests.Vault;

internal static class VaultTestData
{
    /// <summary>Personal data whose every value is a marker that cannot occur by chance.</summary>
    public static PersonalData Markers(string tag) => new()
    {
        FullName = $"MARKER-NAME-{tag}",
        Aliases = [$"MARKER-ALIAS1-{tag}", $"MARKER-ALIAS2-{tag}"],
        DateOfBirth = $"MARKER-DOB-{tag}",
        PlaceOfBirth = $"MARKER-POB-{tag}",
        Nationality = $"MARKER-NAT-{tag}",
        VNumber = $"MARKER-VNR-{tag}",
        DocumentNumbers = [$"MARKER-DOC-{tag}"],
        Address = $"MARKER-ADDR-{tag}",
    };

    public static KeyEncryptionKeyStore Keys(string id = "test-1", byte fill = 1) =>
        new(id, new Dictionary<string, byte[]> { [id] = Enumerable.Repeat(fill, 32).ToArray() });

    public static PersonalDataVault NewVault(KeyEncryptionKeyStore keys) => new(keys, TimeProvider.System);

    public static void AssertSame(PersonalData expected, PersonalData actual)
    {
        Assert.Equal(expected.Values().ToList(), actual.Values().ToList());
    }
}
