using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>place-on-agenda</c> (on <c>agenda-frozen</c>): the case is on the agenda of the session given as input.</summary>
public sealed class PlaceOnAgenda() : WorkflowEffect<Case>(EffectName, "the case is on the agenda of the session given as input", CaseWorkflow.Name)
{
    public const string EffectName = "place-on-agenda";

    protected override void Apply(Case c, EffectContext context)
    {
        var session = Guid.TryParse(context.Inputs.Text("sessionId"), out var id) ? id
            : throw new InvalidOperationException("agenda-frozen names its session.");
        c.PlaceOnAgenda(session);
        context.Outcome.Changed("sessionId");
    }
}
