namespace ObiDossier.Web.WebUi;

/// <summary>
/// Headers that make the UI harder to abuse: no inline or foreign script, no framing, no MIME
/// sniffing, no referrer leaving the site. The API reference page (Scalar) runs inline script of
/// its own, so it gets the framing and sniffing rules but not the script policy.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// <c>style-src 'unsafe-inline'</c> because Mermaid writes its diagram styles into the SVG it
    /// draws; script stays strictly same-origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api-reference")
                ? "frame-ancestors 'none'"
                : ContentSecurityPolicy;
            if (!http.Request.Path.StartsWithSegments("/lib") && !http.Request.Path.StartsWithSegments("/css") && !http.Request.Path.StartsWithSegments("/js"))
            {
                // Pages and API answers may carry personal data (or text about a data subject): keep
                // every one of them out of browser, proxy and HTTP/1.0 caches. Only static assets cache.
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
