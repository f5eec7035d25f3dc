using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>record-submission</c> (on <c>submit</c>): the submitter becomes an author of the summary; an override motivation is kept (sealed) for the second officer.</summary>
public sealed class RecordSubmission : WorkflowEffect<Case>
{
    public const string EffectName = "record-submission";

    public override string Name => EffectName;
    public override string Description => "the submitter becomes an author of the summary; an override motivation is kept (sealed) for the second officer";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.Submit(context.Actor.Id, context.Texts.Seal(context.Inputs.Text("overrideMotivation")));
        context.Outcome.Changed("submittedBy", "summaryAuthors", "submitOverrideMotivation");
    }
}
