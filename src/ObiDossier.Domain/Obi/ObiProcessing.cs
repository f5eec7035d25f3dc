namespace ObiDossier.Domain.Obi;

/// <summary>
/// The desk's processing activities in the register and the names of its processing records. The
/// reporter's contact (name, phone, e-mail) is ordinary personal data kept for one purpose — calling
/// the reporter back — under the public-task basis; it is never provided to anyone.
/// </summary>
public static class ObiProcessing
{
    /// <summary>Keeping the reporter's contact in the vault and reading it at the intake organisation.</summary>
    public const string ReporterContact = "obidossier-obi-reporter-contact";

    /// <summary>Scanning a signal's text against the reporter's contact (the anonymisation guard).</summary>
    public const string AnonymisationCheck = "obidossier-obi-anonymisation-check";

    /// <summary>Destroying the reporter's contact at the end of its retention.</summary>
    public const string Retention = "obidossier-obi-reporter-retention";

    /// <summary>The legal basis of all three: a task in the public interest (AVG art. 6(1)(e)), seeded in the registry.</summary>
    public const string LegalBasisCode = "AVG-6-1-E";

    /// <summary>An intake officer read the reporter's contact.</summary>
    public const string Read = "obi.reporter.read";

    /// <summary>The reporter's contact was scanned for in the signal's text.</summary>
    public const string Scan = "obi.reporter.scan";
}
