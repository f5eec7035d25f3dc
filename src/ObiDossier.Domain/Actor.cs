namespace ObiDossier.Domain;

/// <summary>Who does something: a person in one role of one organisation, or the system.</summary>
public sealed record Actor(string Id, string Role, string Organisation, string DisplayName)
{
    /// <summary>The actor that background jobs act as.</summary>
    public static readonly Actor System = new("system", Roles.System, Organisations.Ind, "ObiDossier");

    public bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);
}
