namespace ObiDossier.Domain.Obi;

/// <summary>
/// The roles of the OBI signal desk (the README), in <see cref="Roles.Human"/> but not in
/// <see cref="Roles.OneF"/>: the 1F routes refuse them by policy, as the desk's routes refuse 1F roles.
/// </summary>
public static class ObiRoles
{
    /// <summary>Records signals and the reporter's contact at one entry point; a second one approves the anonymisation.</summary>
    public const string Intake = "obi-intake";

    /// <summary>Reads Shared signals of every entry point and drafts phenomenon reports.</summary>
    public const string Analyst = "obi-analyst";

    /// <summary>Reviews the method of a report (never one they drafted) and distributes it.</summary>
    public const string Coordinator = "obi-coordinator";

    /// <summary>Reads distributed reports only, never a single signal, and records follow-up actions.</summary>
    public const string Partner = "obi-partner";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>(StringComparer.Ordinal) { Intake, Analyst, Coordinator, Partner };
}

/// <summary>The organisations of the OBI signal desk (the README, exact codes) and which roles each may hold.</summary>
public static class ObiOrganisations
{
    public const string Politie = "Politie";
    public const string Aivd = "AIVD";
    public const string Nctv = "NCTV";
    public const string Bz = "BZ";
    public const string Szw = "SZW";

    /// <summary>The confidential line outside government (Vertrouwenslijn OBI).</summary>
    public const string Vertrouwenslijn = "Vertrouwenslijn";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>(StringComparer.Ordinal) { Politie, Aivd, Nctv, Bz, Szw, Vertrouwenslijn };

    /// <summary>
    /// Role → the organisations that may hold it. Analysis and coordination are the NCTV's central
    /// point; partners are the organisations that act on a report, so the confidential line and
    /// the NCTV itself are not partners.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ForRole =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [ObiRoles.Intake] = [Politie, Aivd, Nctv, Bz, Szw, Vertrouwenslijn],
            [ObiRoles.Analyst] = [Nctv],
            [ObiRoles.Coordinator] = [Nctv],
            [ObiRoles.Partner] = [Bz, Szw, Aivd, Politie],
        };

    /// <summary>True when <paramref name="organisation"/> may hold the OBI role <paramref name="role"/>.</summary>
    public static bool MayHold(string role, string organisation) =>
        ForRole.TryGetValue(role, out var organisations) && organisations.Contains(organisation, StringComparer.Ordinal);

    /// <summary>Why a token for this role and organisation must not be issued; empty when it may.</summary>
    public static IReadOnlyList<UnmetCondition> Check(string role, string? organisation)
    {
        if (!ForRole.TryGetValue(role, out var organisations))
            return [new UnmetCondition("unknown-obi-role", $"'{role}' is not a role of the OBI desk; choose from {string.Join(", ", ObiRoles.All)}.") { Arguments = [role] }];
        if (organisation is null || !organisations.Contains(organisation, StringComparer.Ordinal))
            return [new UnmetCondition("organisation-not-allowed-for-role",
                $"The role '{role}' is held by {string.Join(", ", organisations)} only.") { Arguments = [role] }];
        return [];
    }
}
