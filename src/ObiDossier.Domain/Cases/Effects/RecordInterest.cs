using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>record-interest</c> (on <c>flag-interest</c>): the prosecutor's interest, with the motivation (sealed): they become a recipient of any disclosure.</summary>
public sealed class RecordInterest : WorkflowEffect<Case>
{
    public const string EffectName = "record-interest";

    public override string Name => EffectName;
    public override string Description => "the prosecutor's interest, with the motivation (sealed): they become a recipient of any disclosure";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        c.RecordInterest(context.Actor, context.Texts.Seal(context.Inputs.Text("motivation")) ?? "", context.Now);
        context.Outcome.Changed("interests");
    }
}
