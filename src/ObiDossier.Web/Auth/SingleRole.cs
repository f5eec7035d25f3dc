using Microsoft.AspNetCore.Authentication;

namespace ObiDossier.Web.Auth;

/// <summary>
/// A token carries exactly one role (README, "Roles"): with two, a policy for either would let it in and
/// the audit would name only one of them, so a token with none or several is refused (401).
/// </summary>
internal static class SingleRole
{
    public const string Failure = "A token must carry exactly one role.";

    public static bool Holds(System.Security.Claims.ClaimsPrincipal? user) =>
        user is not null && user.FindAll(DevTokens.RoleClaim).Take(2).Count() == 1;

    public static Task RejectOthersAsync<TOptions>(ResultContext<TOptions> context) where TOptions : AuthenticationSchemeOptions
    {
        if (!Holds(context.Principal)) context.Fail(Failure);
        return Task.CompletedTask;
    }

    /// <summary>For the UI's OpenID Connect sign-in, once the user-info claims are in too.</summary>
    public static Task RejectOthersAsync(TicketReceivedContext context)
    {
        if (!Holds(context.Principal)) context.Fail(Failure);
        return Task.CompletedTask;
    }
}
