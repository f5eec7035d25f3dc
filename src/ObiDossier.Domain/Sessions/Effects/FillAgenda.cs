using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Sessions.Effects;

/// <summary>
/// <c>fill-agenda</c> (on <c>freeze-agenda</c>): every queued case goes on the agenda — each
/// through its own workflow (<c>agenda-frozen</c>, with its history and audit entry) in the same
/// unit of work; a case that changed meanwhile (e.g. withdrawn) stays off.
/// </summary>
public sealed class FillAgenda : WorkflowEffect<Session>
{
    public const string EffectName = "fill-agenda";

    public override string Name => EffectName;
    public override string Description => "every queued case moves onto the agenda";
    public override string? Workflow => SessionWorkflow.Name;

    protected override void Apply(Session session, EffectContext context)
    {
        session.FreezeAgenda(context.Now);
        var inputs = TriggerInputs.Of(("sessionId", session.Id.ToString()));
        foreach (var caseId in session.QueuedCaseIds)
        {
            context.Outcome.Cascades.Add(new CascadeRequest(CaseWorkflow.Name, caseId, CaseWorkflow.Triggers.AgendaFrozen, inputs,
                moved => { if (moved) session.AddToAgenda(caseId, context.Now); }));
        }
        context.Outcome.Changed("agenda");
    }
}

/// <summary>The effects that <c>consultation-session</c> names.</summary>
public static class SessionEffects
{
    public static IEnumerable<IWorkflowEffect> All() => [new FillAgenda()];
}
