using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary>
/// <c>approve-report</c> (on <c>approve</c>): the figures are frozen as published, and each
/// bundled signal moves to Bundled (the system trigger <c>bundle</c>, in the same unit of work).
/// </summary>
public sealed class ApproveReport() : WorkflowEffect<ObiReport>(EffectName, "the figures are frozen as published; its signals move to Bundled", ObiReportWorkflow.Name)
{
    public const string EffectName = "approve-report";

    protected override void Apply(ObiReport report, EffectContext context)
    {
        report.Approve(context.Actor.Id, context.Now);
        context.Outcome.Changed("figures", "approvedBy", "approvedAt");
        foreach (var signal in report.Signals.Where(s => s.State == ObiSignalWorkflow.States.Shared))
            context.Outcome.Cascades.Add(new CascadeRequest(ObiSignalWorkflow.Name, signal.Id, ObiSignalWorkflow.Triggers.Bundle, TriggerInputs.None, _ => { }));
    }
}
