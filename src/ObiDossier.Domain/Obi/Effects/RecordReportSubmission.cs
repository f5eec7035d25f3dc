using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi.Effects;

/// <summary><c>record-report-submission</c> (on <c>submit-for-method-review</c>): the submitter becomes an author, who may not approve it.</summary>
public sealed class RecordReportSubmission() : WorkflowEffect<ObiReport>(EffectName, "the submitter becomes an author, who may not approve the report", ObiReportWorkflow.Name)
{
    public const string EffectName = "record-report-submission";

    protected override void Apply(ObiReport report, EffectContext context)
    {
        report.Submit(context.Actor.Id);
        context.Outcome.Changed("authors", "analysisFindings");
    }
}
