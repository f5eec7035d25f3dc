using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>close-case</c> (on <c>close, acknowledge-receipt, withdraw</c>): the case is finished at the table (its retention period starts).</summary>
public sealed class CloseCase : WorkflowEffect<Case>
{
    public const string EffectName = "close-case";

    public override string Name => EffectName;
    public override string Description => "the case is finished at the table (its retention period starts)";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.Close(context.Now);
        context.Outcome.Changed("closedAt");
    }
}
