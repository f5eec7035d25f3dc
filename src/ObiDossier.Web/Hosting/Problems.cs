using Microsoft.AspNetCore.Http.HttpResults;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Hosting;

/// <summary>RFC 9457 problem details for every refusal; conditions listed as <c>unmetConditions</c>.</summary>
internal static class Problems
{
    public static ProblemHttpResult ToProblem(this CommandError error) => TypedResults.Problem(
        title: error.Title,
        statusCode: error.Status,
        type: $"https://obidossier.example/problems/{error.Status}",
        extensions: new Dictionary<string, object?>
        {
            ["unmetConditions"] = error.Conditions.Select(c => new UnmetConditionDto(c.Code, c.Message)).ToList(),
        });

    public static ProblemHttpResult NotFound(string what) => CommandError.NotFound(what).ToProblem();

    public static ProblemHttpResult BadRequest(string message) => InvalidRequest(message).ToProblem();

    /// <summary>A request a read model refuses (a bad filter): 400 with the stable code <c>invalid-request</c>.</summary>
    public static CommandError InvalidRequest(string message) => CommandError.Invalid(message, [new("invalid-request", message)]);
}
