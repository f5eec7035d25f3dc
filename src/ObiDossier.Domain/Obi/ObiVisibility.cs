namespace ObiDossier.Domain.Obi;

/// <summary>
/// Who may see what at the desk (Obi/README.md), as pure rules for the next round's queries
/// and endpoints. Whatever one may not see does not exist for them (404, never 403). A role held
/// by an organisation that may not hold it sees nothing: a mis-issued token opens no door.
/// </summary>
public static class ObiVisibility
{
    /// <summary>
    /// Intake officers see their own organisation's signals in every state; analysts see a signal
    /// only once a second intake officer shared it; coordinators and partners never see a single signal.
    /// </summary>
    public static bool CanSeeSignal(Actor actor, ObiSignalEntity signal)
    {
        if (!ObiOrganisations.MayHold(actor.Role, actor.Organisation)) return false;
        return actor.Role switch
        {
            ObiRoles.Intake => actor.Organisation == signal.IntakeOrganisation,
            ObiRoles.Analyst => ObiSignalWorkflow.States.VisibleToAnalysts.Contains(signal.State),
            _ => false,
        };
    }

    /// <summary>
    /// The reporter's contact: only an intake officer of the organisation that recorded it, and only
    /// until it is shredded. No other role at all: there is no path that releases the reporter.
    /// </summary>
    public static bool CanReadReporter(Actor actor, ObiSignalEntity signal) =>
        actor.Role == ObiRoles.Intake
        && ObiOrganisations.MayHold(actor.Role, actor.Organisation)
        && actor.Organisation == signal.IntakeOrganisation
        && signal.ReporterShreddedAt is null;

    /// <summary>Analysts and coordinators see every report; partners only distributed ones; intake officers none.</summary>
    public static bool CanSeeReport(Actor actor, ObiReportEntity report)
    {
        if (!ObiOrganisations.MayHold(actor.Role, actor.Organisation)) return false;
        return actor.Role switch
        {
            ObiRoles.Analyst or ObiRoles.Coordinator => true,
            ObiRoles.Partner => ObiReportWorkflow.States.VisibleToPartners.Contains(report.State),
            _ => false,
        };
    }
}
