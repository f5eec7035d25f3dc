using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>withdraw-disclosure</c> (on <c>withdraw</c>): a formal report under review is withdrawn with its case.</summary>
public sealed class WithdrawDisclosure : WorkflowEffect<Case>
{
    public const string EffectName = "withdraw-disclosure";

    public override string Name => EffectName;
    public override string Description => "a formal report under review is withdrawn with its case";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.WithdrawDisclosure();
    }
}
