using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary>
/// <c>close-signal</c> (on <c>bundle</c>, <c>mark-not-obi</c>, <c>withdraw</c>): the reporter
/// retention starts counting; a signal that is not bundled leaves the draft report it was in.
/// </summary>
public sealed class CloseSignal : WorkflowEffect<ObiSignal>
{
    public const string EffectName = "close-signal";

    public override string Name => EffectName;
    public override string Description => "the reporter retention starts; a signal not bundled leaves its draft report";
    public override string? Workflow => ObiSignalWorkflow.Name;

    protected override void Apply(ObiSignal signal, EffectContext context)
    {
        signal.Close(context.Now, bundled: context.Transition.To == ObiSignalWorkflow.States.Bundled);
        context.Outcome.Changed("closedAt", "reportId");
    }
}
