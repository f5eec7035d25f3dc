using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>distribute-report</c> (on <c>distribute</c>): partners read the report from now on.</summary>
public sealed class DistributeReport : WorkflowEffect<ObiReport>
{
    public const string EffectName = "distribute-report";

    public override string Name => EffectName;
    public override string Description => "partners read the report from now on";
    public override string? Workflow => ObiReportWorkflow.Name;

    protected override void Apply(ObiReport report, EffectContext context)
    {
        report.Distribute(context.Now);
        context.Outcome.Changed("distributedAt");
    }
}
