using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary>
/// <c>record-outcome</c> (on <c>record-outcome</c>): what came of the last release
/// (<see cref="DisclosureOutcomes"/>), once per disclosure: the dashboard and the yearly overview
/// for the report to parliament count it.
/// </summary>
public sealed class RecordOutcome() : WorkflowEffect<Case>(EffectName, "what came of the last release, recorded once by a recipient prosecutor", CaseWorkflow.Name)
{
    public const string EffectName = "record-outcome";

    protected override void Apply(Case c, EffectContext context)
    {
        var outcome = context.Inputs.Text("outcome") ?? throw new InvalidOperationException("record-outcome requires outcome.");
        var release = c.RecordOutcome(outcome, context.Actor.Id, context.Now);
        context.Outcome.LegalBasisCode = release.LegalBasisCode;
        context.Outcome.Changed("disclosure.outcome");
    }
}
