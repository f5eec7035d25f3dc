using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Sessions.Effects;

/// <summary>
/// <c>fill-agenda</c> (on <c>freeze-agenda</c>): the queued cases go on the agenda by priority,
/// then by time in the queue, up to the session's capacity (<see cref="Session.Takes"/>) — each
/// through its own workflow (<c>agenda-frozen</c>, with its history and audit entry) in the same
/// unit of work; a case that changed meanwhile (e.g. withdrawn) stays off.
/// </summary>
public sealed class FillAgenda() : WorkflowEffect<Session>(EffectName, "the queued cases move onto the agenda, most pressing first, then longest waiting, up to the session's capacity", SessionWorkflow.Name)
{
    public const string EffectName = "fill-agenda";

    protected override void Apply(Session session, EffectContext context)
    {
        session.FreezeAgenda(context.Now);
        var inputs = TriggerInputs.Of(("sessionId", session.Id.ToString()));
        foreach (var caseId in session.Takes())
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
