using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary><c>place-on-agenda</c> (on <c>agenda-frozen</c>): the case is on the agenda of the session given as input.</summary>
public sealed class PlaceOnAgenda : WorkflowEffect<Case>
{
    public const string EffectName = "place-on-agenda";

    public override string Name => EffectName;
    public override string Description => "the case is on the agenda of the session given as input";
    public override string? Workflow => CaseWorkflow.Name;

    protected override void Apply(Case c, EffectContext context)
    {
        var session = Guid.TryParse(context.Inputs.Text("sessionId"), out var id) ? id
            : throw new InvalidOperationException("agenda-frozen names its session.");
        c.PlaceOnAgenda(session);
        context.Outcome.Changed("sessionId");
    }
}
