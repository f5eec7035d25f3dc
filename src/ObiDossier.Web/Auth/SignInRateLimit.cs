using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ObiDossier.Web.Auth;

/// <summary>
/// Sign-in attempts are limited per client address (a fixed window), so that the sign-in page
/// cannot be used to guess at accounts. Bearer-token calls to the API are not limited here: they
/// carry a token already checked by signature. Setting: <c>ObiDossier:Auth:SignInAttemptsPerMinute</c>.
/// </summary>
internal static class SignInRateLimit
{
    public const string SignInPath = "/login";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("ObiDossier:Auth:SignInAttemptsPerMinute", 30);
        if (perMinute < 1) throw new InvalidOperationException("ObiDossier:Auth:SignInAttemptsPerMinute must be at least 1.");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(SignInPath)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not-limited"));
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts: wait a minute.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
