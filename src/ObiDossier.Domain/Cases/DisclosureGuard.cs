using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>
/// <c>legal-basis-check</c> (README "Personal data, the legal basis and the audit trail"): interest flagged, basis in the registry and in force
/// today, recipient and every released field's category covered, a legal reviewer, a motivation.
/// Four eyes has its own guard, so it is not reported twice.
/// </summary>
internal sealed class DisclosureGuard : IWorkflowGuard
{
    public const string GuardName = "legal-basis-check";

    public string Name => GuardName;

    public string Description => "the legal basis holds for this recipient and these fields today";

    public IReadOnlyList<UnmetCondition> Check(GuardContext context)
    {
        var check = context.Fact<Case>().DisclosureCheck(context.Actor, context.Inputs.Text("motivation"), context.Today);
        if (check is null)
            return [new UnmetCondition("no-disclosure-in-review", "There is no formal report awaiting legal review.")];
        return LegalBasisCheck.Evaluate(check).Where(c => c.Code != DisclosureConditions.FourEyes).ToList();
    }
}
