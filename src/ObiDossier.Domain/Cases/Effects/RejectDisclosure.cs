using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>reject-disclosure</c> (on <c>reject-disclosure</c>): the legal reviewer's rejection: nothing is released; IND may draft again.</summary>
public sealed class RejectDisclosure() : WorkflowEffect<Case>(EffectName, "the legal reviewer's rejection: nothing is released; IND may draft again", CaseWorkflow.Name)
{
    public const string EffectName = "reject-disclosure";

    protected override void Apply(Case c, EffectContext context)
    {
        c.ReviewDisclosure(approve: false, context.Actor.Id, context.Texts.Seal(context.Inputs.Text("motivation")), context.Now);
        context.Outcome.Changed("disclosure");
    }
}
