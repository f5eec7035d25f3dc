using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>return-answer</c> (on <c>reject-answer</c>): the answer is discarded and the question open again.</summary>
public sealed class ReturnAnswer() : WorkflowEffect<Case>(EffectName, "the answer is discarded and the question open again", CaseWorkflow.Name)
{
    public const string EffectName = "return-answer";

    protected override void Apply(Case c, EffectContext context)
    {
        c.ReturnAnswer();
        context.Outcome.Changed("questions");
    }
}
