using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// The twelve provinces, by their ISO 3166-2:NL codes. A signal's region is a province and never a
/// place: in a small diaspora, a town or a postcode together with a month can point at one family.
/// </summary>
public static partial class Provinces
{
    /// <summary>Code → Dutch name, in alphabetical order of the code.</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchNames = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["NL-DR"] = "Drenthe",
        ["NL-FL"] = "Flevoland",
        ["NL-FR"] = "Fryslân",
        ["NL-GE"] = "Gelderland",
        ["NL-GR"] = "Groningen",
        ["NL-LI"] = "Limburg",
        ["NL-NB"] = "Noord-Brabant",
        ["NL-NH"] = "Noord-Holland",
        ["NL-OV"] = "Overijssel",
        ["NL-UT"] = "Utrecht",
        ["NL-ZE"] = "Zeeland",
        ["NL-ZH"] = "Zuid-Holland",
    };

    public static IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>)DutchNames.Keys;

    public static bool IsKnown(string? code) => code is not null && DutchNames.ContainsKey(code);

    /// <summary>
    /// Null when <paramref name="region"/> is a province code; otherwise why not, as
    /// <c>region-not-a-province</c> with the kind of value in <see cref="UnmetCondition.Arguments"/>
    /// (<c>postcode</c>, <c>province-name</c> or <c>place</c>). The message never repeats the value.
    /// </summary>
    public static UnmetCondition? Check(string region, string field)
    {
        if (IsKnown(region)) return null;
        var trimmed = region.Trim();
        if (PostcodePattern().IsMatch(trimmed))
            return NotAProvince(field, "postcode", "is a postcode: too precise. Use the province's code, e.g. NL-ZH.");
        var named = DutchNames.FirstOrDefault(p => string.Equals(p.Value, trimmed, StringComparison.OrdinalIgnoreCase)
            || (p.Key == "NL-FR" && string.Equals(trimmed, "Friesland", StringComparison.OrdinalIgnoreCase)));
        if (named.Key is not null)
            return NotAProvince(field, "province-name", $"names a province: use its code {named.Key}.", named.Key);
        return NotAProvince(field, "place", $"is not a province code (a town, municipality or other place is too precise); choose from {string.Join(", ", Codes)}.");
    }

    private static UnmetCondition NotAProvince(string field, string kind, string message, string? code = null) =>
        new("region-not-a-province", $"'{field}' {message}") { Arguments = code is null ? [field, kind] : [field, kind, code] };

    // Dutch postcodes (1234, 1234 AB, 1234AB), with or without a house number after them.
    [GeneratedRegex(@"^\d{4}(\s?[A-Za-z]{2})?(\s+\d+.*)?$")]
    private static partial Regex PostcodePattern();
}
