using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>reject-disclosure</c> (on <c>reject-disclosure</c>): the legal reviewer's rejection: nothing is released; IND may draft again.</summary>
public sealed class RejectDisclosure : WorkflowEffect<Case>
{
    public const string EffectName = "reject-disclosure";

    public override string Name => EffectName;
    public override string Description => "the legal reviewer's rejection: nothing is released; IND may draft again";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.ReviewDisclosure(approve: false, context.Actor.Id, context.Texts.Seal(context.Inputs.Text("motivation")), context.Now);
        context.Outcome.Changed("disclosure");
    }
}
