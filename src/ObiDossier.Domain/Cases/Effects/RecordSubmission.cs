using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>record-submission</c> (on <c>submit</c>): the submitter becomes an author of the summary; an override motivation is kept (sealed) for the second officer.</summary>
public sealed class RecordSubmission() : WorkflowEffect<Case>(EffectName, "the submitter becomes an author of the summary; an override motivation is kept (sealed) for the second officer", CaseWorkflow.Name)
{
    public const string EffectName = "record-submission";

    protected override void Apply(Case c, EffectContext context)
    {
        c.Submit(context.Actor.Id, context.Texts.Seal(context.Inputs.Text("overrideMotivation")));
        context.Outcome.Changed("submittedBy", "summaryAuthors", "submitOverrideMotivation");
    }
}
