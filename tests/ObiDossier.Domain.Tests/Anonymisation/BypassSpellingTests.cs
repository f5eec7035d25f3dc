using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

/// <summary>
/// Spellings an officer (or an attacker) could use to slip a case's own vault values past the
/// scanner. Each must still be found, as a vault value, at the place it was written.
/// </summary>
public sealed class BypassSpellingTests
{
    private static readonly PersonalData Vault = new()
    {
        FullName = "Arvid Vortmann",
        DateOfBirth = "1961-03-14",
        VNumber = "3019283746",
        DocumentNumbers = ["NXC4R72K3"],
        Address = "Voorbeeldstraat 12, 1234 AB Utrecht",
    };

    public static TheoryData<string, string> Spellings => new()
    {
        { "spaced digits", "V-nummer 30 19 28 37 46 staat in het dossier." },
        { "dotted digits", "V-nummer 3019.283.746 staat in het dossier." },
        { "zero-width space inside the number", "V-nummer 30192\u200B83746 staat in het dossier." },
        { "zero-width joiner inside the number", "V-nummer 3019\u200D283746 staat in het dossier." },
        { "soft hyphen inside the name", "Betrokkene Vort\u00ADmann verklaarde." },
        { "bidi override around the name", "Betrokkene \u202EVortmann\u202C verklaarde." },
        { "word joiner inside the name", "Betrokkene Vort\u2060mann verklaarde." },
        { "full-width digits", "V-nummer \uFF13\uFF10\uFF11\uFF19\uFF12\uFF18\uFF13\uFF17\uFF14\uFF16 staat in het dossier." },
        { "Cyrillic look-alike letters", "Betrokkene V\u043Ertm\u0430nn verklaarde." },
        { "Greek look-alike letters", "Betrokkene V\u03BFrtm\u03B1nn verklaarde." },
        { "Cyrillic look-alike capitals", "Betrokkene \u0410RVID V\u041ERTMANN verklaarde." },
        { "mathematical bold letters", "Betrokkene \U0001D415\U0001D428\U0001D42B\U0001D42D\U0001D426\U0001D41A\U0001D427\U0001D427 verklaarde." },
        { "diacritics", "Betrokkene Vörtmänn verklaarde." },
        { "combining diacritics", "Betrokkene Vo\u0308rtmann verklaarde." },
        { "reversed name order", "Betrokkene Vortmann, Arvid verklaarde." },
        { "initial and surname", "Betrokkene A. Vortmann verklaarde." },
        { "upper case", "Betrokkene ARVID VORTMANN verklaarde." },
        { "document number with a zero-width space", "Paspoort NXC4\u200BR72K3 werd getoond." },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_vault_value_is_found_however_it_is_spelled(string spelling, string text)
    {
        var findings = Scan(text, Vault);

        Assert.True(findings.Any(f => f.Kind == FindingKinds.VaultValue), $"{spelling}: not found");
        foreach (var f in findings)
        {
            Assert.InRange(f.Start, 0, text.Length - 1);
            Assert.InRange(f.Start + f.Length, f.Start + 1, text.Length);
        }
    }

    [Fact]
    public void A_finding_behind_a_zero_width_character_points_into_the_original_text()
    {
        const string text = "V-nummer 30192\u200B83746 staat er.";

        var found = Found(text, FindingKinds.VaultValue, Vault);

        Assert.Equal(["30192\u200B83746"], found);
    }

    [Theory]
    [InlineData("Vort\u200Bmann", "Vortmann")]
    [InlineData("\u202EVortmann\u202C", "Vortmann")]
    [InlineData("Vort\u00ADmann", "Vortmann")]
    [InlineData("\uFF13\uFF10\uFF11", "301")]
    [InlineData("\uFB01nal", "final")]
    [InlineData("plain text", "plain text")]
    public void Stored_text_is_nfkc_without_format_characters(string typed, string stored) =>
        Assert.Equal(stored, TextNormaliser.ForStorage(typed));
}
