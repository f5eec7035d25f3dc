using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary>The effects that <c>obi-signal</c> and <c>obi-report</c> name, each in its own file named after it.</summary>
public static class ObiEffects
{
    public static IEnumerable<IWorkflowEffect> All() =>
    [
        new RecordSignalSubmission(),
        new ShareSignal(),
        new CloseSignal(),
        new RecordReportSubmission(),
        new ApproveReport(),
        new DistributeReport(),
    ];
}
