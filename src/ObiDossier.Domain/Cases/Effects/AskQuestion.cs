using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>ask-question</c> (on <c>request-information</c>): OM's question (sealed) is open until IND answers.</summary>
public sealed class AskQuestion : WorkflowEffect<Case>
{
    public const string EffectName = "ask-question";

    public override string Name => EffectName;
    public override string Description => "OM's question (sealed) is open until IND answers";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.AskQuestion(context.Actor.Id, context.Texts.Seal(context.Inputs.Text("question")) ?? "", context.Now);
        context.Outcome.Changed("questions");
    }
}
