namespace ObiDossier.Domain.Cases;

/// <summary>The processing activities of a 1F case (the register's ids) and the names its processing records carry.</summary>
public static class CaseProcessing
{
    public const string Dossier = "obidossier-1f-dossier";
    public const string AnonymisationCheck = "obidossier-anonymisation-check";
    public const string DisclosureToOm = "obidossier-disclosure-om";
    public const string Retention = "obidossier-retention";

    /// <summary>The release of approved fields to OM.</summary>
    public const string Disclose = "personal-data.disclose";

    /// <summary>Scanning a text against the case's own vault values.</summary>
    public const string Scan = "personal-data.scan";
}
