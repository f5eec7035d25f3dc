using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>share-signal</c> (on <c>approve-anonymisation</c>): the signal is shared with the analysts from now on.</summary>
public sealed class ShareSignal() : WorkflowEffect<ObiSignal>(EffectName, "the analysts see the signal from now on", ObiSignalWorkflow.Name)
{
    public const string EffectName = "share-signal";

    protected override void Apply(ObiSignal signal, EffectContext context)
    {
        signal.Share(context.Now);
        context.Outcome.Changed("sharedAt");
    }
}
