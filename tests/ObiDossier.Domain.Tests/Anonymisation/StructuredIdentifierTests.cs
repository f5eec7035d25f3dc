using ObiDossier.Domain.Anonymisation;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class StructuredIdentifierTests
{
    [Theory]
    [InlineData("162275869")]
    [InlineData("1622.75.869")]
    [InlineData("162 275 869")]
    public void Finds_a_bsn_that_passes_the_eleven_test(string bsn) =>
        Assert.Equal([bsn], Found($"BSN {bsn} is bekend.", FindingKinds.Bsn));

    [Theory]
    [InlineData("447712782")]
    [InlineData("123456789")]
    [InlineData("000000000")]
    public void Ignores_nine_digits_that_fail_the_eleven_test(string number) =>
        Assert.Empty(Found($"Dossiernummer {number}.", FindingKinds.Bsn));

    [Theory]
    [InlineData("3987654321")]
    [InlineData("2210.98.7654")]
    public void Finds_a_v_number(string number) =>
        Assert.Equal([number], Found($"V-nummer {number}.", FindingKinds.VNumber));

    [Fact]
    public void Reads_ten_digits_starting_with_zero_as_a_phone_number_not_a_v_number()
    {
        Assert.Empty(Found("Bel 0612345678.", FindingKinds.VNumber));
        Assert.Equal(["0612345678"], Found("Bel 0612345678.", FindingKinds.Phone));
    }

    [Theory]
    [InlineData("XR4K9P2L6")]
    [InlineData("SPECI2014")]
    public void Finds_a_dutch_document_number(string number) =>
        Assert.Equal([number], Found($"Paspoort {number} is verlopen.", FindingKinds.DocumentNumber));

    [Theory]
    [InlineData("XO4K9P2L6")]
    [InlineData("ARTIKELS1")]
    [InlineData("XR4K9P2LA")]
    public void Ignores_lookalikes_of_document_numbers(string number) =>
        Assert.Empty(Found($"Code {number} in het systeem.", FindingKinds.DocumentNumber));

    [Theory]
    [InlineData("NL20INGB0001234567")]
    [InlineData("NL20 INGB 0001 2345 67")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("BE68 5390 0754 7034")]
    public void Finds_an_iban_that_passes_mod_97(string iban) =>
        Assert.Equal([iban], Found($"Rekening {iban} werd gebruikt.", FindingKinds.Iban));

    [Fact]
    public void Ignores_an_iban_with_a_wrong_check_digit() =>
        Assert.Empty(Found("Rekening NL21INGB0001234567 werd gebruikt.", FindingKinds.Iban));

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("+31 6 23456789")]
    [InlineData("+31 (0)6 1122 3344")]
    [InlineData("020-5551234")]
    [InlineData("(010) 412 3456")]
    [InlineData("0031 30 123 4567")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("+249 912 345 678")]
    public void Finds_dutch_and_international_phone_numbers(string phone) =>
        Assert.Equal([phone], Found($"Telefoon: {phone}.", FindingKinds.Phone));

    [Theory]
    [InlineData("Parketnummer 10/960123-19.")]
    [InlineData("Het ambtsbericht van 1978-1992.")]
    [InlineData("Om 09:30 begon het gehoor.")]
    public void Ignores_case_references_and_periods_as_phone_numbers(string text) =>
        Assert.Empty(Found(text, FindingKinds.Phone));

    [Fact]
    public void Finds_an_email_address() =>
        Assert.Equal(["a.rahimi@voorbeeld.nl"], Found("Mail naar a.rahimi@voorbeeld.nl.", FindingKinds.Email));

    [Theory]
    [InlineData("1234 AB 12", "1234 AB 12")]
    [InlineData("1234AB", "1234AB")]
    [InlineData("1098 XG 230", "1098 XG 230")]
    public void Finds_a_postcode_with_its_house_number(string written, string expected) =>
        Assert.Equal([expected], Found($"Adres: {written} Amsterdam.", FindingKinds.Postcode));

    [Theory]
    [InlineData("In 2015 EU-lidstaten namen besluiten.")]
    [InlineData("Artikel 1F en 1234 ab.")]
    [InlineData("Postcodes met 1234 SS bestaan niet.")]
    public void Ignores_years_followed_by_abbreviations_as_postcodes(string text) =>
        Assert.Empty(Found(text, FindingKinds.Postcode));

    [Fact]
    public void Ignores_article_numbers_years_and_case_references()
    {
        const string text = "Artikel 1F, artikel 3.77 Vb 2000, ECLI:NL:RVS:2019:1234, zaak IND-2023-0142, in 1994 en 2001.";
        Assert.Empty(Scan(text));
    }
}
