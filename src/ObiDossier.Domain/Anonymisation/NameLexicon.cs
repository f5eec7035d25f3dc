namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Word lists for the person-name heuristic. Keys are folded letters only ("Al-Qaeda" → "alqaeda").
/// The lists favour the regions 1F cases most often concern; they are a heuristic, not a gazetteer.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Common given names: a capitalised one starts a name even without a title before it.</summary>
    public static readonly HashSet<string> GivenNames = Set(
        "mohammed mohammad mohamed muhammad muhammed mohamad mahomed ahmed ahmad ahmet ali hassan hasan hussein husain husayn " +
        "omar umar abdul abdel abdullah abdallah abdulrahman abdelkader khalid khaled karim kareem mahmoud mahmud mustafa mostafa " +
        "yusuf youssef yousef joesoef ibrahim ebrahim ismail hamid rashid said saeed samir tariq tarik walid jamal nasser naser " +
        "faisal farid fatima fatma aisha aicha maryam mariam zainab zeinab layla leila nadia amina khadija hamza bilal idris " +
        "musa moussa yasin yassin zaid zayd salim salem sami adel adil anwar bashir habib jalal latif majid nabil qasim kassim " +
        "rahim sharif wahid zaher najib nadjib noor nur gulbuddin hekmatullah zalmay wali abbas haider hayder qusay uday " +
        "osama usama anas jawad reza hossein mehdi mahdi javad ghulam sayed sayyid farhad dawood dawud daoud shirin soraya " +
        "jean pierre paul emmanuel joseph augustin theoneste innocent celestin faustin callixte aloys pauline agathe felicien " +
        "jean-pierre jean-baptiste jean-paul jean-claude pascal protais laurent alphonse anastase gaspard bosco " +
        "dragan goran zoran ratko radovan slobodan mladen zdravko ivica ramush hashim milorad momcilo dusko zeljko " +
        "tesfaye haile mengistu berhane yonas dawit abebe kidane tekle mesfin girma yohannes " +
        "jan piet kees johan pieter willem henk anna maria sanne eva john james david michael peter sarah emma thomas daniel " +
        "charles george robert william richard elizabeth");

    /// <summary>Name particles that may stand inside a name ("Hamid al-Zubaidi", "Jan van der Berg").</summary>
    public static readonly HashSet<string> Particles = Set(
        "al el ul ad as ash az bin ben ibn bint abu abou ould van der den de ter ten te la le di da du dos das von");

    /// <summary>Capitalised words that are not names: places, peoples, months, days, organisations, function words.</summary>
    public static readonly HashSet<string> NotNames = Set(
        // countries and regions (Dutch and English)
        "afghanistan irak iraq iran syrie syria libanon lebanon jordanie jordan egypte egypt libie libya soedan sudan " +
        "zuidsoedan somalie somalia eritrea ethiopie ethiopia rwanda burundi congo kongo oeganda uganda kenia kenya " +
        "sierraleone liberia nigeria angola tsjaad chad mali jemen yemen turkije turkey koeweit kuwait palestina palestine " +
        "israel saoedi arabie saudi arabia pakistan india bangladesh srilanka sri lanka tsjetsjenie chechnya rusland russia " +
        "bosnie bosnia herzegovina servie serbia kroatie croatia kosovo joegoslavie yugoslavia albanie albania elsalvador " +
        "guatemala colombia chili chile argentinie argentina peru nederland netherlands holland belgie belgium duitsland " +
        "germany frankrijk france engeland england verenigdkoninkrijk united kingdom states amerika america europa europe " +
        "afrika africa azie asia midden oosten middle east balkan koerdistan kurdistan darfur kivu " +
        // peoples and adjectives
        "afghaanse afghaan afghan iraakse iraakse iraqi iraanse iranian syrische syrian soedanese sudanese somalische somali " +
        "eritrese eritrean ethiopische ethiopian rwandese rwandan congolese nederlandse dutch britse british amerikaanse " +
        "american koerdische kurdish arabische arab arabic pashtun pasjtoen tadzjiekse tajik hazara oezbeekse uzbek hutu tutsi " +
        "servische serbian bosnische bosnian kroatische croatian islamitische islamic islamist christelijke christian " +
        "soennitische sunni sjiitische shia shiite alawitische alawite " +
        // months and days
        "januari january februari february maart march april mei may juni june juli july augustus august september " +
        "oktober october november december maandag monday dinsdag tuesday woensdag wednesday donderdag thursday " +
        "vrijdag friday zaterdag saturday zondag sunday " +
        // cities that recur in these cases
        "kabul kandahar herat mazarisharif jalalabad kunduz baghdad bagdad mosul basra erbil kirkuk damascus damascus " +
        "damascus aleppo homs hama idlib daraa beirut amman cairo caïro khartoum khartoem mogadishu mogadishu asmara " +
        "addis abeba ababa kigali butare gisenyi kinshasa goma bukavu srebrenica sarajevo belgrado belgrade vukovar " +
        "pristina tehran teheran freetown monrovia tripoli benghazi amsterdam rotterdam haag hague utrecht zwolle " +
        "groningen arnhem eindhoven apel sierra leone geneina fasher obeid anbar hasakah raqqa ramadi fallujah " +
        // organisations and their words
        "army leger ministry ministerie minister directorate directoraat service services dienst intelligence security " +
        "veiligheid veiligheidsdienst police politie court hof rechtbank council raad assembly party partij front forces " +
        "guard garde brigade battalion bataljon regiment division divisie unit eenheid militia militie khad wad nds " +
        "mukhabarat taliban hezbollah hamas qaeda shabaab nusra isis isil daesh fdlr rpf interahamwe unhcr ind om vn un " +
        "nato icc icty ictr staff office bureau department government regering regime republic republiek staat state " +
        "defence defense defensie justice justitie interior binnenlandse zaken affairs foreign buitenlandse national " +
        "nationale democratic democratische revolutionary revolutionaire popular presidential republican special speciale " +
        "central centrale military militaire headquarters hospital university universiteit prison gevangenis camp kamp " +
        "province provincie district village dorp region regio article artikel refugee vluchtelingenverdrag convention " +
        "verdrag statute statuut ecli rvs afdeling bestuursrechtspraak staatssecretaris secretary general generaal " +
        "ba ath baath baathpartij amn dawla istikhbarat jaish hizb jabhat harakat liwa katibat fedayeen " +
        // function words and sentence starters
        "the a an in on at of he she they his her it its we i de het een hij zij ze dit deze die dat er op na bij voor " +
        "tijdens during after before when since sinds uit from to also ook then toen daarna en and but maar or this that " +
        "these those there here hier daar volgens according however echter nadat als if");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Key(w)), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="set"/> holds the key of <paramref name="word"/>, without allocating.</summary>
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length > 64) return set.Contains(Key(word));
        Span<char> buffer = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
            if (char.IsLetter(c)) buffer[n++] = TextFolding.Fold(c);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n]);
    }

    /// <summary>Folded letters only, the form all lists use.</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
            if (char.IsLetter(c)) buffer[n++] = TextFolding.Fold(c);
        return new string(buffer[..n]);
    }
}
