namespace ObiDossier.Domain.Obi;

/// <summary>
/// A state actor is a country, as an ISO 3166-1 alpha-2 code. Any well-formed, assigned-looking code
/// is accepted: interference is not limited to the countries a demo shows, and refusing a real
/// signal because its country is missing from a list would lose it from the picture.
/// </summary>
public static class StateActors
{
    /// <summary>The Netherlands: the desk is about foreign interference, so it is never the state actor.</summary>
    public const string Netherlands = "NL";

    /// <summary>Countries the demo data and the form's short list use (code → Dutch name); other valid codes are accepted too.</summary>
    public static readonly IReadOnlyDictionary<string, string> Demo = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["CN"] = "China",
        ["EG"] = "Egypte",
        ["ER"] = "Eritrea",
        ["IR"] = "Iran",
        ["MA"] = "Marokko",
        ["RU"] = "Rusland",
        ["RW"] = "Rwanda",
        ["TR"] = "Turkije",
    };

    /// <summary>
    /// Two capital letters A–Z, not one of ISO 3166-1's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ),
    /// which name no country; XK (Kosovo) is user-assigned but in common use, so it is accepted.
    /// </summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 2 } && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && !IsUserAssigned(code);

    private static bool IsUserAssigned(string code) =>
        code is "AA" or "ZZ" || (code[0] == 'Q' && code[1] >= 'M') || (code[0] == 'X' && code != "XK");

    /// <summary>Null when <paramref name="code"/> can be a state actor; otherwise why not (the message never repeats the value).</summary>
    public static UnmetCondition? Check(string code, string field)
    {
        if (!IsWellFormed(code))
            return new UnmetCondition("invalid-state-actor", $"'{field}' must be a country as an ISO 3166-1 alpha-2 code in capitals, e.g. IR.") { Arguments = [field] };
        if (code == Netherlands)
            return new UnmetCondition("state-actor-is-the-netherlands", $"'{field}': the desk records foreign interference; the Netherlands is not a state actor here.") { Arguments = [field] };
        return null;
    }
}
