using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>share-signal</c> (on <c>approve-anonymisation</c>): the signal is shared with the analysts from now on.</summary>
public sealed class ShareSignal : WorkflowEffect<ObiSignal>
{
    public const string EffectName = "share-signal";

    public override string Name => EffectName;
    public override string Description => "the analysts see the signal from now on";
    public override string? Workflow => ObiSignalWorkflow.Name;

    protected override void Apply(ObiSignal signal, EffectContext context)
    {
        signal.Share(context.Now);
        context.Outcome.Changed("sharedAt");
    }
}
