using Microsoft.AspNetCore.Http.Features;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// One request size limit for every server: Kestrel enforces it while reading, this refuses a
/// declared oversize body up front with problem details (413) before anything reads it.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = MaxBodyBytes;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The request body is larger than {MaxBodyBytes} bytes.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
