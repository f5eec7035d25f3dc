namespace ObiDossier.Domain;

/// <summary>The roles of the README's "Roles" table, plus the <c>system</c> actor that background jobs act as.</summary>
public static class Roles
{
    public const string IndOfficer = "ind-officer";
    public const string OmProsecutor = "om-prosecutor";
    public const string LegalReviewer = "legal-reviewer";
    public const string Auditor = "auditor";
    public const string Admin = "admin";
    public const string System = "system";

    /// <summary>
    /// The roles of the 1F consultation table. Its routes (cases, sessions, legal bases,
    /// notifications, the formal report) admit these only: an OBI role has no business there.
    /// </summary>
    public static readonly IReadOnlySet<string> OneF =
        new HashSet<string>(StringComparer.Ordinal) { IndOfficer, OmProsecutor, LegalReviewer, Auditor, Admin };

    /// <summary>The roles a person can hold (not the system): the table's and the OBI desk's (<see cref="Obi.ObiRoles"/>).</summary>
    public static readonly IReadOnlySet<string> Human =
        new HashSet<string>([.. OneF, .. Obi.ObiRoles.All], StringComparer.Ordinal);

    /// <summary>Every role name a workflow definition may use: the persons' roles and the system.</summary>
    public static readonly IReadOnlySet<string> All =
        new HashSet<string>([.. Human], StringComparer.Ordinal) { System };
}

/// <summary>The organisations of the README's "Roles" table.</summary>
public static class Organisations
{
    public const string Ind = "IND";
    public const string Om = "OM";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Ind, Om };

    /// <summary>The organisation a role belongs to when a token does not say.</summary>
    public static string ForRole(string role) => role == Roles.OmProsecutor ? Om : Ind;
}
