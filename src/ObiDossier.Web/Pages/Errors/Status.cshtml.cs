using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ObiDossier.Web.Pages.Errors;

/// <summary>
/// The Dutch page a UI request gets instead of a bare status code or an exception (the API keeps
/// problem details). It names no path, input or exception — only what happened in plain words
/// and the trace id, the one the audit trail and the processing log record, to quote to support.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // a refused form post is re-executed here as a POST
internal sealed class StatusModel : PageModel
{
    /// <summary>The codes with a text of their own; any other error gets the general one.</summary>
    public static readonly int[] Explained = [400, 403, 404, 410, 500];

    public int Code { get; private set; }

    public string TraceId { get; private set; } = "";

    /// <summary>The resource key of this code's texts (<c>Error.{key}.Title</c>, <c>Error.{key}.Text</c>).</summary>
    public string TextKey => Explained.Contains(Code) ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        TraceId = Activity.Current?.TraceId.ToHexString() ?? HttpContext.TraceIdentifier;
    }

    public void OnPost(int code) => OnGet(code);
}
