using Microsoft.AspNetCore.Diagnostics;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// Bad input is the caller's fault in every environment. Minimal APIs throw
/// <see cref="BadHttpRequestException"/> in Development (<c>ThrowOnBadRequest</c>), and Kestrel
/// throws it for an oversize body read: answer its own status (400, 413, 415) as problem details
/// with a fixed title — never the exception's message, which may quote the body — instead of 500.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad || http.Response.HasStarted) return false;
        var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status switch
                {
                    StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {RequestLimits.MaxBodyBytes} bytes.",
                    StatusCodes.Status415UnsupportedMediaType => "The body must be application/json.",
                    _ => "The request could not be read: malformed JSON, an unknown member or a value of the wrong type.",
                },
                Type = $"https://obidossier.example/problems/{status}",
            },
        });
    }

    /// <summary>A handled bad request is not a server fault: keep it out of the error log.</summary>
    public static bool IsQuiet(ExceptionHandlerSuppressDiagnosticsContext context) => context.Exception is BadHttpRequestException;
}
