using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>record-signal-submission</c> (on <c>submit</c>): the submitter becomes an author; the override motivation and the findings are kept for the reviewer.</summary>
public sealed class RecordSignalSubmission() : WorkflowEffect<ObiSignal>(EffectName, "the submitter becomes an author; override motivation and findings kept for the reviewer", ObiSignalWorkflow.Name)
{
    public const string EffectName = "record-signal-submission";

    protected override void Apply(ObiSignal signal, EffectContext context)
    {
        signal.Submit(context.Actor.Id, context.Texts.Seal(context.Inputs.Text("overrideMotivation")));
        context.Outcome.Changed("submittedBy", "authors", "submitOverrideMotivation", "findings");
    }
}
