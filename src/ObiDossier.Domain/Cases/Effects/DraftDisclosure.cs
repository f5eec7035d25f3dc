using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>draft-disclosure</c> (on <c>draft-report</c>): the formal report: the fields to release, the legal basis cited, to OM under the Wjsg.</summary>
public sealed class DraftDisclosure : WorkflowEffect<Case>
{
    public const string EffectName = "draft-disclosure";

    /// <summary>Who receives a 1F disclosure, and under which regime the data fall there.</summary>
    public const string RecipientOrganisation = Organisations.Om;
    public const string RecipientRegime = "Wjsg";

    public override string Name => EffectName;
    public override string Description => "the formal report: the fields to release, the legal basis cited, to OM under the Wjsg";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        var code = context.Inputs.Text("legalBasisCode") ?? throw new InvalidOperationException("draft-report requires legalBasisCode.");
        c.DraftDisclosure(context.Actor.Id, code, context.Inputs.List("releasedFields"), RecipientOrganisation, RecipientRegime,
            context.Texts.Seal(context.Inputs.Text("motivation")), context.Now);
        context.Outcome.LegalBasisCode = code;
        context.Outcome.Changed("disclosure");
    }
}
