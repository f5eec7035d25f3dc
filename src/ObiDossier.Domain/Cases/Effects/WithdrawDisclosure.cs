using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>withdraw-disclosure</c> (on <c>withdraw</c>): a formal report under review is withdrawn with its case.</summary>
public sealed class WithdrawDisclosure() : WorkflowEffect<Case>(EffectName, "a formal report under review is withdrawn with its case", CaseWorkflow.Name)
{
    public const string EffectName = "withdraw-disclosure";

    protected override void Apply(Case c, EffectContext context)
    {
        c.WithdrawDisclosure();
    }
}
