namespace ObiDossier.Domain.Anonymisation;

/// <summary>The stable, lowercase kinds of <see cref="AnonymisationFinding"/> (part of the API contract).</summary>
public static class FindingKinds
{
    /// <summary>A value from this case's own vault (name, name part, alias, date of birth, place of birth, numbers, address).</summary>
    public const string VaultValue = "vault-value";

    /// <summary>Burgerservicenummer: 9 digits passing the 11-test.</summary>
    public const string Bsn = "bsn";

    /// <summary>Vreemdelingennummer: 10 digits.</summary>
    public const string VNumber = "v-number";

    /// <summary>Dutch passport, identity card or residence document number.</summary>
    public const string DocumentNumber = "document-number";

    /// <summary>IBAN passing the mod-97 check.</summary>
    public const string Iban = "iban";

    /// <summary>Dutch or international telephone number.</summary>
    public const string Phone = "phone";

    /// <summary>E-mail address.</summary>
    public const string Email = "email";

    /// <summary>Dutch postcode, with its house number when one follows.</summary>
    public const string Postcode = "postcode";

    /// <summary>A date that reads as somebody's date of birth.</summary>
    public const string DateOfBirth = "date-of-birth";

    /// <summary>A person's name found by the name heuristic (see the folder's README).</summary>
    public const string PersonName = "person-name";

    /// <summary>All kinds, strongest first: on overlapping spans the earlier kind wins.</summary>
    public static IReadOnlyList<string> All { get; } =
        [VaultValue, Bsn, VNumber, DocumentNumber, Iban, Email, Phone, Postcode, DateOfBirth, PersonName];

    internal static int Priority(string kind)
    {
        for (var i = 0; i < All.Count; i++)
            if (string.Equals(All[i], kind, StringComparison.Ordinal)) return i;
        return All.Count;
    }
}
