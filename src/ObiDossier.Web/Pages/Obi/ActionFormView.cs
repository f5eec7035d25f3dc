using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Pages.Obi;

/// <summary>
/// What the desk's action form shows: the trigger's inputs when it may be fired (null when not),
/// its unmet conditions when blocked, the version the form was rendered for, and where Cancel leads.
/// </summary>
internal sealed record ActionFormView(IReadOnlyList<ActionInputDto>? Inputs, BlockedActionDto? Blocked, CommandError? Error, long Version, string Back);
