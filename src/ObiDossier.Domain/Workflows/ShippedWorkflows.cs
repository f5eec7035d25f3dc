using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Cases.Effects;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Obi.Effects;
using ObiDossier.Domain.Sessions.Effects;

namespace ObiDossier.Domain.Workflows;

/// <summary>The guards and effects the definitions in <c>workflows/</c> name: registered once, here.</summary>
public static class ShippedWorkflows
{
    public static GuardRegistry Guards() => new([.. CaseGuards.All(), .. ObiGuards.All()]);

    public static EffectRegistry Effects() => new([.. CommonEffects.All(), .. CaseEffects.All(), .. SessionEffects.All(), .. ObiEffects.All()]);
}
