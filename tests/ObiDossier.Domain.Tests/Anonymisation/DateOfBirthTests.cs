using ObiDossier.Domain.Anonymisation;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class DateOfBirthTests
{
    [Theory]
    [InlineData("Betrokkene is geboren op 3 mei 1983 in Herat.", "3 mei 1983")]
    [InlineData("Gegevens: geb. 07.04.1990, Kabul.", "07.04.1990")]
    [InlineData("The witness was born on March 3, 1975.", "March 3, 1975")]
    [InlineData("DOB: 1985-11-02.", "1985-11-02")]
    [InlineData("Geboortedatum 14/11/1966.", "14/11/1966")]
    public void Finds_a_date_after_a_birth_cue(string text, string expected) =>
        Assert.Equal([expected], Found(text, FindingKinds.DateOfBirth));

    [Fact]
    public void Finds_date_of_birth_written_in_Dutch_words() =>
        Assert.Equal(["12 augustus 1979"], Found("Hij is geboren op 12 augustus 1979.", FindingKinds.DateOfBirth));

    [Fact]
    public void Finds_a_date_in_brackets_after_a_name() =>
        Assert.Equal(["12-05-1970"], Found("Getuige A. Karimi (12-05-1970) verklaarde.", FindingKinds.DateOfBirth));

    [Theory]
    [InlineData("Op 6 april 1994 begon de genocide.")]
    [InlineData("Het ambtsbericht van 29 februari 2000 beschrijft de KHAD.")]
    [InlineData("Hij is geboren in Kabul. Op 14-03-1961 vertrok hij.")]
    [InlineData("Geboren in 1961.")]
    public void Ignores_event_dates_and_bare_years(string text) =>
        Assert.Empty(Found(text, FindingKinds.DateOfBirth));

    [Fact]
    public void Ignores_impossible_dates() =>
        Assert.Empty(Found("Geboren op 31-02-1970.", FindingKinds.DateOfBirth));
}
