using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>approve-answer</c> (on <c>approve-answer</c>): a second IND officer approves the answer: OM reads it from now on.</summary>
public sealed class ApproveAnswer() : WorkflowEffect<Case>(EffectName, "a second IND officer approves the answer: OM reads it from now on", CaseWorkflow.Name)
{
    public const string EffectName = "approve-answer";

    protected override void Apply(Case c, EffectContext context)
    {
        c.ApproveAnswer(context.Actor.Id, context.Now);
        context.Outcome.Changed("questions");
    }
}
