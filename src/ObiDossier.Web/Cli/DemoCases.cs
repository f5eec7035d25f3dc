using ObiDossier.Domain.Cases;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Cli;

/// <summary>One fictional dossier of the demo: an anonymised summary and invented personal data.</summary>
internal sealed record DemoCase(SummaryDto Summary, PersonalData PersonalData);

/// <summary>
/// Fictional 1F dossiers for <c>seed-demo</c>. The people are invented; the summaries are written
/// the way anonymised table summaries are: function, period, kind of conduct, no names or numbers.
/// </summary>
internal static class DemoCases
{
    private static readonly (string Title, string Country, string From, string To, string Position, string[] Crimes, string Narrative)[] Summaries =
    [
        ("Voormalig commandant van een detentiecentrum", "Syrië", "2012", "2015", "commandant detentiecentrum", ["foltering", "misdrijven tegen de menselijkheid"],
            "Betrokkene gaf leiding aan een detentiecentrum van een inlichtingendienst waar gedetineerden stelselmatig werden mishandeld tijdens verhoren."),
        ("Officier bij een militaire inlichtingendienst", "Afghanistan", "1985", "1991", "officier verhoorafdeling", ["foltering"],
            "Betrokkene was werkzaam op een verhoorafdeling en verklaart aanwezig te zijn geweest bij verhoren waarbij geweld werd gebruikt."),
        ("Lid van een gewapende groepering", "Sierra Leone", "1997", "2000", "groepscommandant", ["oorlogsmisdrijven", "rekrutering van kindsoldaten"],
            "Betrokkene voerde het bevel over een eenheid die minderjarigen rekruteerde en dorpen plunderde."),
        ("Voormalig gevangenisdirecteur", "Irak", "1998", "2003", "directeur penitentiaire inrichting", ["misdrijven tegen de menselijkheid"],
            "Betrokkene was eindverantwoordelijk voor een inrichting waar executies zonder proces plaatsvonden."),
        ("Lokaal bestuurder tijdens etnisch geweld", "Rwanda", "1994", "1994", "lokaal bestuurder", ["genocide"],
            "Betrokkene bekleedde een bestuursfunctie in een gemeente waar in korte tijd grootschalig geweld tegen een bevolkingsgroep plaatsvond."),
        ("Onderofficier bij een presidentiële garde", "DR Congo", "2001", "2006", "onderofficier", ["oorlogsmisdrijven"],
            "Betrokkene maakte deel uit van een eenheid die bij het neerslaan van demonstraties dodelijk geweld gebruikte."),
        ("Verhoorder bij een staatsveiligheidsdienst", "Iran", "1988", "1992", "verhoorder", ["foltering"],
            "Betrokkene verklaart verhoren te hebben afgenomen van politieke gevangenen onder dwang."),
        ("Bevelhebber van een checkpoint", "Syrië", "2013", "2016", "bevelhebber checkpoint", ["wederrechtelijke vrijheidsberoving", "foltering"],
            "Betrokkene had de leiding over een checkpoint waar burgers werden vastgehouden en overgedragen aan een inlichtingendienst."),
        ("Voormalig lid van een militie", "Bosnië-Herzegovina", "1992", "1995", "milicien", ["oorlogsmisdrijven"],
            "Betrokkene nam deel aan operaties waarbij burgers uit hun woningen werden verdreven."),
        ("Hoofd van een districtspolitiebureau", "Ethiopië", "1977", "1979", "hoofd politiebureau", ["misdrijven tegen de menselijkheid"],
            "Betrokkene gaf leiding aan een politiebureau in een periode van grootschalige politieke vervolging."),
        ("Officier bij een luchtmachtinlichtingendienst", "Syrië", "2011", "2014", "officier", ["foltering"],
            "Betrokkene was gestationeerd bij een dienst die bekendstaat om mishandeling van gedetineerden."),
        ("Lid van een doodseskader", "Guatemala", "1981", "1983", "lid eenheid", ["buitengerechtelijke executies"],
            "Betrokkene verklaart deel te hebben uitgemaakt van een eenheid die tegenstanders van het regime ombracht."),
    ];

    private static readonly (string Given, string Family, string Place, string Nationality)[] People =
    [
        ("Tarek", "Demouzi", "Hamaweh", "Syrisch"), ("Nasir", "Qadrakhel", "Baghrun", "Afghaans"), ("Foday", "Kamaranke", "Tolimba", "Sierra Leoons"),
        ("Sabah", "Tellawi", "Rumaitha", "Iraaks"), ("Emmanuel", "Hakizerwa", "Kibuyenge", "Rwandees"), ("Joseph", "Mbuyakala", "Kinsolo", "Congolees"),
        ("Hossein", "Farzanegar", "Dehlavan", "Iraans"), ("Walid", "Sarrouhi", "Qasrein", "Syrisch"), ("Dragan", "Vukotinac", "Brezovik", "Bosnisch"),
        ("Tesfaye", "Gebremarkos", "Adiqeyih", "Ethiopisch"), ("Rami", "Khaddouri", "Tel Anbar", "Syrisch"), ("Efraín", "Castelaroz", "San Quetzil", "Guatemalteeks"),
    ];

    public static int Count => Summaries.Length;

    public static DemoCase Get(int i)
    {
        var s = Summaries[i % Summaries.Length];
        var p = People[i % People.Length];
        return new DemoCase(
            new SummaryDto(s.Title, s.Narrative, s.Country, s.From, s.To, s.Crimes, s.Position),
            new PersonalData
            {
                FullName = $"{p.Given} {p.Family}",
                Aliases = [$"Abu {p.Family[..4]}"],
                DateOfBirth = $"19{50 + i * 3 % 40:00}-0{1 + i % 9}-1{i % 9}",
                PlaceOfBirth = p.Place,
                Nationality = p.Nationality,
                VNumber = $"{(3100000000L + i * 7919L * 1013L) % 9_000_000_000L + 1_000_000_000L}",
                DocumentNumbers = [$"NX{(i + 3) * 1371 % 10000:0000}K{i % 10}"],
                Address = $"Azc Demolaan {10 + i}, 9999 ZZ Voorbeeldstad",
            });
    }
}
