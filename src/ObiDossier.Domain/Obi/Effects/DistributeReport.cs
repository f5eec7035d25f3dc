using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>distribute-report</c> (on <c>distribute</c>): partners read the report from now on.</summary>
public sealed class DistributeReport() : WorkflowEffect<ObiReport>(EffectName, "partners read the report from now on", ObiReportWorkflow.Name)
{
    public const string EffectName = "distribute-report";

    protected override void Apply(ObiReport report, EffectContext context)
    {
        report.Distribute(context.Now);
        context.Outcome.Changed("distributedAt");
    }
}
