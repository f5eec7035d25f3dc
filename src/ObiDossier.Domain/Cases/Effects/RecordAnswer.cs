using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>record-answer</c> (on <c>answer</c>): IND's answer (sealed) to the open question, unread by OM until approved.</summary>
public sealed class RecordAnswer : WorkflowEffect<Case>
{
    public const string EffectName = "record-answer";

    public override string Name => EffectName;
    public override string Description => "IND's answer (sealed) to the open question, unread by OM until approved";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.Answer(context.Actor.Id, context.Texts.Seal(context.Inputs.Text("answer")), context.Texts.Seal(context.Inputs.Text("overrideMotivation")), context.Now);
        context.Outcome.Changed("questions");
    }
}
