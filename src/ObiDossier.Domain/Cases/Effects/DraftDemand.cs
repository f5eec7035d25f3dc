using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary>
/// <c>draft-demand</c> (on <c>demand-data</c>): the OM's demand (vordering) becomes a disclosure
/// under review like a formal report — the fields demanded, the legal basis cited, the OM case
/// number — so the same legal review and legal-basis check decide it (README "Workflows").
/// </summary>
public sealed class DraftDemand() : WorkflowEffect<Case>(EffectName, "the OM's demand: the fields demanded, the legal basis cited and the OM case number, for the same legal review as a formal report", CaseWorkflow.Name)
{
    public const string EffectName = "draft-demand";

    protected override void Apply(Case c, EffectContext context)
    {
        var code = context.Inputs.Text("legalBasisCode") ?? throw new InvalidOperationException("demand-data requires legalBasisCode.");
        c.DraftDisclosure(context.Actor.Id, code, context.Inputs.List("requestedFields"), DraftDisclosure.RecipientOrganisation,
            DraftDisclosure.RecipientRegime, context.Texts.Seal(context.Inputs.Text("motivation")), context.Now,
            DisclosureRoutes.Demand, context.Inputs.Text("omCaseNumber"));
        context.Outcome.LegalBasisCode = code;
        context.Outcome.Changed("disclosure");
    }
}
