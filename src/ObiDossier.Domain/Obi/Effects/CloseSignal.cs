using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary>
/// <c>close-signal</c> (on <c>bundle</c>, <c>mark-not-obi</c>, <c>withdraw</c>): the reporter
/// retention starts counting; a signal that is not bundled leaves the draft report it was in.
/// </summary>
public sealed class CloseSignal() : WorkflowEffect<ObiSignal>(EffectName, "the reporter retention starts; a signal not bundled leaves its draft report", ObiSignalWorkflow.Name)
{
    public const string EffectName = "close-signal";

    protected override void Apply(ObiSignal signal, EffectContext context)
    {
        signal.Close(context.Now, bundled: context.Transition.To == ObiSignalWorkflow.States.Bundled);
        context.Outcome.Changed("closedAt", "reportId");
    }
}
