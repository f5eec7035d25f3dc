using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Web.Cases;

/// <summary>Why a command was refused: the HTTP status, a title, and every unmet condition.</summary>
public sealed record CommandError(int Status, string Title, IReadOnlyList<UnmetCondition> Conditions)
{
    public static CommandError NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} not found.", [new("not-found", $"{what} not found.")]);

    public static CommandError Conflict(string message) => new(StatusCodes.Status409Conflict, message, [new("concurrency-conflict", message)]);

    public static CommandError Invalid(string message, IReadOnlyList<UnmetCondition> conditions) => new(StatusCodes.Status400BadRequest, message, conditions);

    public static CommandError From(TriggerDecision decision) => decision.Refusal switch
    {
        Refusal.UnknownTrigger => new(StatusCodes.Status404NotFound, $"Unknown action '{decision.Trigger}'.", decision.UnmetConditions),
        Refusal.RoleNotPermitted => new(StatusCodes.Status403Forbidden, $"Your role may not '{decision.Trigger}'.", decision.UnmetConditions),
        Refusal.NotPermittedInState => new(StatusCodes.Status409Conflict, $"'{decision.Trigger}' is not possible in the current state.", decision.UnmetConditions),
        Refusal.InvalidInputs => new(StatusCodes.Status400BadRequest, $"The inputs of '{decision.Trigger}' are invalid.", decision.UnmetConditions),
        _ => new(StatusCodes.Status422UnprocessableEntity, $"The conditions for '{decision.Trigger}' are not met.", decision.UnmetConditions),
    };
}

/// <summary>A command's value, or why it was refused.</summary>
public sealed record CommandResult<T>(T? Value, CommandError? Error) where T : class
{
    public static implicit operator CommandResult<T>(T value) => new(value, null);
    public static implicit operator CommandResult<T>(CommandError error) => new(null, error);
}
