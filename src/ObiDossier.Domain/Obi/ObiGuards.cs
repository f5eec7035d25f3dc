using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// The guards that <c>obi-signal</c> and <c>obi-report</c> name, each a pure function of the
/// <see cref="GuardContext"/> and the <see cref="ObiSignal"/> or <see cref="ObiReport"/> in it.
/// Their names are global in the engine, so none is a 1F one.
/// </summary>
public static class ObiGuards
{
    public static IEnumerable<IWorkflowGuard> All()
    {
        yield return new DelegateGuard(ObiSignalWorkflow.Guards.AnonymisationClean,
            "the signal's text holds none of the reporter's contact data, and no other identifier unless the officer overrides with a motivation",
            c => SignalAnonymisation.Check(c.Fact<ObiSignal>().Findings, c.Inputs.Text("overrideMotivation")));
        yield return new DelegateGuard(ObiSignalWorkflow.Guards.SameOrganisation, "an intake officer of the organisation that recorded the signal",
            CheckSameOrganisation);
        yield return new DelegateGuard(ObiSignalWorkflow.Guards.NotAuthor, "a second intake officer, none of those who wrote, changed or submitted the signal",
            c => c.Fact<ObiSignal>().IsAuthor(c.Actor.Id)
                ? [new UnmetCondition("four-eyes-anonymisation", "The anonymisation must be checked by an intake officer who did not write, change or submit the signal.")]
                : []);
        yield return new DelegateGuard(ObiReportWorkflow.Guards.NotAuthor, "a coordinator who neither opened, changed nor submitted the report",
            c => c.Fact<ObiReport>().IsAuthor(c.Actor.Id)
                ? [new UnmetCondition("four-eyes-report", "A report must be approved by a coordinator who did not draft, change or submit it.")]
                : []);
        yield return new DelegateGuard(ObiReportWorkflow.Guards.AnalysisClean, "the analysis holds no identifier (no override: a report is read by many)",
            CheckAnalysis);
    }

    private static IReadOnlyList<UnmetCondition> CheckSameOrganisation(GuardContext c) =>
        c.Actor.Organisation == c.Fact<ObiSignal>().Entity.IntakeOrganisation
            ? []
            : [new UnmetCondition("other-organisation", "Only an intake officer of the organisation that recorded the signal may approve its anonymisation.")];

    /// <summary>A report goes to many partners and names no reporter to protect, so no finding in its analysis can be overridden.</summary>
    private static IReadOnlyList<UnmetCondition> CheckAnalysis(GuardContext c) =>
        [.. SignalAnonymisation.Check(c.Fact<ObiReport>().AnalysisFindings, overrideMotivation: null)];
}
