namespace ObiDossier.Domain.Obi;

/// <summary>
/// The fixed lists of Obi/README.md and 9.2. Codes are exact and lowercase: a signal is counted
/// by its codes, so a spelling variant would be a separate, smaller (and so more identifying) cell.
/// </summary>
public static class Conducts
{
    public const string Intimidation = "intimidation";
    public const string Surveillance = "surveillance";
    public const string PressureViaFamily = "pressure-via-family";
    public const string InformantNetwork = "informant-network";
    public const string UnauthorisedConsularActivity = "unauthorised-consular-activity";
    public const string CoOptation = "co-optation";
    public const string OnlineHarassment = "online-harassment";
    public const string Other = "other";

    /// <summary>In the order of Obi/README.md: the order of the form's list and the figures' columns.</summary>
    public static readonly IReadOnlyList<string> All =
        [Intimidation, Surveillance, PressureViaFamily, InformantNetwork, UnauthorisedConsularActivity, CoOptation, OnlineHarassment, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

/// <summary>How the interference was carried out.</summary>
public static class Instruments
{
    public const string Physical = "physical";
    public const string Online = "online";
    public const string Both = "both";

    public static readonly IReadOnlyList<string> All = [Physical, Online, Both];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

/// <summary>Whom the interference was aimed at (a kind of target, never who).</summary>
public static class Targets
{
    public const string Community = "community";
    public const string Organisation = "organisation";
    public const string Individual = "individual";
    public const string PoliticalOfficeHolder = "political-office-holder";

    public static readonly IReadOnlyList<string> All = [Community, Organisation, Individual, PoliticalOfficeHolder];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

/// <summary>What a partner did with a distributed report (Obi/README.md).</summary>
public static class FollowUpKinds
{
    /// <summary>BZ: a diplomatic step towards the state actor.</summary>
    public const string DiplomaticStep = "diplomatic-step";

    /// <summary>SZW: a measure for the resilience of a community.</summary>
    public const string ResilienceMeasure = "resilience-measure";

    /// <summary>AIVD: linked to its own research.</summary>
    public const string LinkedToResearch = "linked-to-research";

    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [DiplomaticStep, ResilienceMeasure, LinkedToResearch, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
