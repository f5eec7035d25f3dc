using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary>
/// <c>reopen-case</c> (on <c>reopen</c>): a case OM had no interest in goes back to draft with new
/// information; it leaves its last agenda (OM reads it again only once it is on a new one, after
/// the whole review path), and its history keeps both rounds.
/// </summary>
public sealed class ReopenCase() : WorkflowEffect<Case>(EffectName, "the case is a draft again and off its last agenda; its history keeps the first round", CaseWorkflow.Name)
{
    public const string EffectName = "reopen-case";

    protected override void Apply(Case c, EffectContext context)
    {
        c.Reopen();
        context.Outcome.Changed("sessionId");
    }
}
