namespace ObiDossier.Web.Auth;

/// <summary>The <c>ObiDossier:Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "ObiDossier:Auth";

    /// <summary>Accept <c>dev-token</c> tokens and show the development login page (README, "Configuration").</summary>
    public bool? Development { get; set; }

    /// <summary>The OpenID Connect authority whose tokens are accepted in production.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry.</summary>
    public string Audience { get; set; } = "obidossier";

    /// <summary>The web UI's OpenID Connect client id (defaults to <see cref="Audience"/>) and secret.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Lifetime of a development token.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
