using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class VaultValueTests
{
    private static readonly PersonalData Vault = new()
    {
        FullName = "Mohammed Yusuf Al-Rashidi",
        Aliases = ["Abu Yusuf"],
        DateOfBirth = "1961-03-14",
        PlaceOfBirth = "Mosul, Irak",
        VNumber = "2345678901",
        DocumentNumbers = ["NXC4R72K3"],
        Address = "Kerkstraat 12, 8011 AB Zwolle",
    };

    [Fact]
    public void Finds_the_full_name_and_each_name_part()
    {
        Assert.Equal(["Mohammed Yusuf Al-Rashidi"], Found("Betrokkene Mohammed Yusuf Al-Rashidi verklaarde dit.", FindingKinds.VaultValue, Vault));
        Assert.Equal(["Rashidi"], Found("Volgens Rashidi was dat anders.", FindingKinds.VaultValue, Vault));
        Assert.Equal(["Yusuf"], Found("Yusuf ontkent.", FindingKinds.VaultValue, Vault));
    }

    [Theory]
    [InlineData("Muhammad Youssef al Rashidi")]
    [InlineData("MOHAMED JOESOEF ALRASHIDI")]
    [InlineData("Mohammed Yusuf Al-Rashîdî")]
    [InlineData("Mohammed  Yusuf  Al - Rashidi")]
    public void Finds_the_name_across_case_diacritics_spacing_and_transliteration(string written)
    {
        var text = $"Het gehoor van {written} vond plaats in 2019.";
        var found = Found(text, FindingKinds.VaultValue, Vault);
        Assert.Single(found);
        Assert.Equal(written, found[0]);
    }

    [Fact]
    public void Finds_kh_and_ch_spellings_of_one_name()
    {
        var vault = new PersonalData { FullName = "Khalid Hamdan" };
        Assert.Equal(["Chalid"], Found("Chalid werkte bij de garde.", FindingKinds.VaultValue, vault));
    }

    [Fact]
    public void Finds_an_alias()
    {
        Assert.Equal(["Abu Yusuf"], Found("Hij stond bekend als Abu Yusuf.", FindingKinds.VaultValue, Vault));
    }

    [Theory]
    [InlineData("14-03-1961")]
    [InlineData("14 maart 1961")]
    [InlineData("1961-03-14")]
    [InlineData("March 14, 1961")]
    [InlineData("14/3/1961")]
    [InlineData("14.03.1961")]
    [InlineData("14th of March 1961")]
    public void Finds_the_date_of_birth_in_any_common_written_form(string written)
    {
        Assert.Equal([written], Found($"Zijn dossier noemt {written} als datum.", FindingKinds.VaultValue, Vault));
    }

    [Fact]
    public void Finds_place_of_birth_but_not_the_country_that_follows_it_in_the_vault()
    {
        Assert.Equal(["Mosul"], Found("Hij groeide op in Mosul, in het noorden van Irak.", FindingKinds.VaultValue, Vault));
    }

    [Theory]
    [InlineData("2345678901")]
    [InlineData("2345 678 901")]
    [InlineData("NXC4R72K3")]
    [InlineData("nxc4r72k3")]
    public void Finds_own_numbers_however_spaced_or_cased(string written)
    {
        Assert.Equal([written], Found($"Nummer {written} staat in het dossier.", FindingKinds.VaultValue, Vault));
    }

    [Fact]
    public void Finds_street_with_house_number_and_postcode_of_the_address()
    {
        var found = Found("Hij woont aan de Kerkstraat 12 sinds 2015; postcode 8011AB.", FindingKinds.VaultValue, Vault);
        Assert.Equal(["Kerkstraat 12", "8011AB"], found);
    }

    [Fact]
    public void Does_not_find_a_short_name_part_written_as_an_ordinary_lowercase_word()
    {
        var vault = new PersonalData { FullName = "Said Karimi" };
        Assert.Empty(Found("The witness said nothing about it.", FindingKinds.VaultValue, vault));
        Assert.Equal(["Said"], Found("Said said nothing.", FindingKinds.VaultValue, vault));
    }

    [Fact]
    public void Does_not_find_name_particles_on_their_own()
    {
        Assert.Empty(Found("De zaak van de IND en al het andere.", FindingKinds.VaultValue, Vault));
    }

    [Fact]
    public void Finds_initials_before_the_last_name()
    {
        Assert.Equal(["M.Y. Al-Rashidi"], Found("De heer M.Y. Al-Rashidi is gehoord.", FindingKinds.VaultValue, Vault));
    }

    [Fact]
    public void Vault_value_wins_over_a_structured_kind_on_the_same_span()
    {
        var findings = Scan("V-nummer 2345678901.", Vault);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingKinds.VaultValue, finding.Kind);
    }
}
