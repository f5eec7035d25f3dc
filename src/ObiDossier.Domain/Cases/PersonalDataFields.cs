namespace ObiDossier.Domain.Cases;

/// <summary>The personal-data field names (README "Personal data, the legal basis and the audit trail") and the data category each belongs to.</summary>
public static class PersonalDataFields
{
    public const string FullName = "fullName";
    public const string Aliases = "aliases";
    public const string DateOfBirth = "dateOfBirth";
    public const string PlaceOfBirth = "placeOfBirth";
    public const string Nationality = "nationality";
    public const string VNumber = "vNumber";
    public const string DocumentNumbers = "documentNumbers";
    public const string Address = "address";

    /// <summary>Field name → data category.</summary>
    public static readonly IReadOnlyDictionary<string, string> Category = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FullName] = DataCategories.Identity,
        [Aliases] = DataCategories.Identity,
        [DateOfBirth] = DataCategories.Identity,
        [PlaceOfBirth] = DataCategories.Identity,
        [Nationality] = DataCategories.Identity,
        [VNumber] = DataCategories.Identifiers,
        [DocumentNumbers] = DataCategories.Identifiers,
        [Address] = DataCategories.Contact,
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Category.Keys;

    public static bool IsKnown(string field) => Category.ContainsKey(field);
}

/// <summary>The data categories a legal basis can cover (README "Personal data, the legal basis and the audit trail").</summary>
public static class DataCategories
{
    public const string Identity = "identity";
    public const string Identifiers = "identifiers";
    public const string Contact = "contact";

    /// <summary>The link between a person and the 1F suspicion: every disclosure in this workflow makes it (AVG art. 10).</summary>
    public const string Criminal = "criminal";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>(StringComparer.Ordinal) { Identity, Identifiers, Contact, Criminal };
}
