using ObiDossier.Domain.Anonymisation;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Hij diende onder kolonel Hamid Zubaidi in Basra.", "Hamid Zubaidi")]
    [InlineData("De heer Jansen van het OM was aanwezig.", "Jansen")]
    [InlineData("Mevrouw Van den Berg leidde het gehoor.", "Van den Berg")]
    [InlineData("His brother Karim still lives there.", "Karim")]
    [InlineData("The lawyer, Mr. Pieter de Graaf, objected.", "Pieter de Graaf")]
    [InlineData("Advocaat mr. J.H. de Vries diende een zienswijze in.", "J.H. de Vries")]
    [InlineData("Maj. Gen. Adnan Moussa headed the directorate.", "Adnan Moussa")]
    public void Finds_a_name_after_a_title_rank_or_role(string text, string expected) =>
        Assert.Equal([expected], Found(text, FindingKinds.PersonName));

    [Fact]
    public void Finds_a_listed_given_name_without_a_title() =>
        Assert.Equal(["Farid Haidari"], Found("Het gehoor werd vertaald door Farid Haidari.", FindingKinds.PersonName));

    [Fact]
    public void Finds_a_name_with_an_arabic_particle() =>
        Assert.Equal(["Hamid al-Zubaidi"], Found("Volgens hem gaf Hamid al-Zubaidi de bevelen.", FindingKinds.PersonName));

    [Fact]
    public void Finds_later_mentions_of_a_name_found_earlier()
    {
        var found = Found("Colonel Hamid al-Zubaidi gave the orders. Zubaidi later fled.", FindingKinds.PersonName);
        Assert.Equal(["Hamid al-Zubaidi", "Zubaidi"], found);
    }

    [Theory]
    [InlineData("President of Iraq at the time was not named.")]
    [InlineData("Hij werkte bij de General Intelligence Directorate.")]
    [InlineData("In March the unit moved to Kandahar.")]
    [InlineData("Minister van Defensie was toen een ander.")]
    [InlineData("The commander Al-Qaeda appointed is unknown.")]
    [InlineData("Hij woonde in Mazar-i-Sharif en El Geneina.")]
    [InlineData("Afghanistan, Syrië en Irak zijn de meest voorkomende landen.")]
    public void Ignores_countries_months_organisations_and_sentence_initial_words(string text) =>
        Assert.Empty(Found(text, FindingKinds.PersonName));

    [Fact]
    public void Does_not_count_the_title_as_part_of_the_name() =>
        Assert.Equal(["Hadidi"], Found("Their neighbour Mrs. Hadidi remembered it.", FindingKinds.PersonName));
}
