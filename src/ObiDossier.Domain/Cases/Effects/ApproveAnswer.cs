using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>approve-answer</c> (on <c>approve-answer</c>): a second IND officer approves the answer: OM reads it from now on.</summary>
public sealed class ApproveAnswer : WorkflowEffect<Case>
{
    public const string EffectName = "approve-answer";

    public override string Name => EffectName;
    public override string Description => "a second IND officer approves the answer: OM reads it from now on";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.ApproveAnswer(context.Actor.Id, context.Now);
        context.Outcome.Changed("questions");
    }
}
