using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>return-answer</c> (on <c>reject-answer</c>): the answer is discarded and the question open again.</summary>
public sealed class ReturnAnswer : WorkflowEffect<Case>
{
    public const string EffectName = "return-answer";

    public override string Name => EffectName;
    public override string Description => "the answer is discarded and the question open again";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.ReturnAnswer();
        context.Outcome.Changed("questions");
    }
}
