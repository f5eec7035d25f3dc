using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using ObiDossier.Domain;

namespace ObiDossier.Web.Auth;

internal static class ActorClaims
{
    /// <summary>The signed-in person as an <see cref="Actor"/>; the token's role decides the organisation when it names none.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
                 ?? throw new InvalidOperationException("The token has no subject.");
        var role = user.FindFirstValue(DevTokens.RoleClaim) ?? "";
        var organisation = user.FindFirstValue(DevTokens.OrganisationClaim) ?? Organisations.ForRole(role);
        var name = user.FindFirstValue(DevTokens.NameClaim) ?? id;
        return new Actor(id, role, organisation, name);
    }
}
