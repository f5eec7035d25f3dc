using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>release-disclosure</c> (on <c>approve-disclosure</c>): the legal reviewer's approval releases the fields to the prosecutors who flagged interest: a processing of the subject's data.</summary>
public sealed class ReleaseDisclosure : WorkflowEffect<Case>
{
    public const string EffectName = "release-disclosure";

    public override string Name => EffectName;
    public override string Description => "the legal reviewer's approval releases the fields to the prosecutors who flagged interest: a processing of the subject's data";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        var released = c.ReviewDisclosure(approve: true, context.Actor.Id, context.Texts.Seal(context.Inputs.Text("motivation")), context.Now);
        context.Outcome.LegalBasisCode = released.LegalBasisCode;
        context.Outcome.Processings.Add(new ProcessingRequest(CaseProcessing.Disclose, CaseProcessing.DisclosureToOm, released.LegalBasisCode, released.ReleasedFields));
        context.Outcome.Changed("disclosure");
    }
}
