using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Web.Auth;

/// <summary>
/// Issues and validates development tokens, signed with a key generated into the data folder.
/// Only used when <c>ObiDossier:Auth:Development</c> is on.
/// </summary>
public sealed class DevTokens(IOptions<ObiDossierOptions> options, IOptions<AuthOptions> auth, TimeProvider clock)
{
    public const string Issuer = "obidossier-development";
    public const string RoleClaim = "role";
    public const string OrganisationClaim = "org";
    public const string NameClaim = "name";

    private readonly Lazy<SymmetricSecurityKey> _key = new(() =>
        new SymmetricSecurityKey(KeyFile.LoadOrCreate(Path.Combine(options.Value.DataDirFullPath, "keys", "dev-token-signing.key"), () => RandomNumberGenerator.GetBytes(32)))
        {
            KeyId = "dev",
        });

    public SymmetricSecurityKey SigningKey => _key.Value;

    public string Issue(string userId, string role, string organisation, string displayName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = auth.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + auth.Value.DevTokenLifetime,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, userId),
                new Claim(RoleClaim, role),
                new Claim(OrganisationClaim, organisation),
                new Claim(NameClaim, displayName),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
