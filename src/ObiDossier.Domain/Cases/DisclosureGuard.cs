using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>The disclosure in play for a trigger: the cited basis, and the check's full context when one is under review.</summary>
public sealed record DisclosureFacts(string? LegalBasisCode, DisclosureCheckContext? Check);

/// <summary>
/// <c>legal-basis-check</c>: DESIGN.md §3 — interest flagged, basis in the registry and in force
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
        var check = context.Fact<DisclosureFacts>().Check;
        if (check is null)
            return [new UnmetCondition("no-disclosure-in-review", "There is no formal report awaiting legal review.")];
        return LegalBasisCheck.Evaluate(check).Where(c => c.Code != DisclosureConditions.FourEyes).ToList();
    }
}
