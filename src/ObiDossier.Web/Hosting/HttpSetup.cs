using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ObiDossier.Web.Hosting;

/// <summary>The <c>ObiDossier:Http</c> section: running behind a TLS-terminating proxy.</summary>
public sealed class HttpOptions
{
    public const string Section = "ObiDossier:Http";

    /// <summary>Send Strict-Transport-Security on HTTPS responses (turn on once the service is only reached over HTTPS).</summary>
    public bool Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Honour X-Forwarded-For and X-Forwarded-Proto, from the proxies below only.</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the proxies whose forwarded headers are believed (besides loopback).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a proxy that terminates TLS the host sees plain HTTP from the proxy: forwarded headers
/// (from known proxies only) restore the client's scheme and address, so cookies stay Secure, the
/// sign-in rate limit counts per client and HSTS is sent. Both are off unless configured.
/// </summary>
internal static class HttpSetup
{
    public static IServiceCollection AddObiDossierHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        if (options.HstsMaxAgeDays < 1) throw new InvalidOperationException("ObiDossier:Http:HstsMaxAgeDays must be at least 1.");
        services.Configure<HttpOptions>(configuration.GetSection(HttpOptions.Section));
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(options.HstsMaxAgeDays);
            o.IncludeSubDomains = false;
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.KnownProxies)
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ObiDossier:Http:KnownProxies: '{proxy}' is not an IP address."));
            foreach (var network in options.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ObiDossier:Http:KnownNetworks: '{network}' is not a CIDR network."));
        });
        return services;
    }

    public static WebApplication UseObiDossierHttp(this WebApplication app)
    {
        var options = app.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        if (options.ForwardedHeaders) app.UseForwardedHeaders();
        if (options.Hsts) app.UseHsts();
        return app;
    }
}
