using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ObiDossier.Web.Auth;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Login;

/// <summary>
/// Development sign-in: pick a demo user, get a cookie. With development auth off the page shows
/// nothing to pick, and sign-in goes through OpenID Connect.
/// </summary>
internal sealed class IndexModel(IOptions<AuthOptions> auth, IAuthenticationSchemeProvider schemes) : PageModel
{
    public bool Enabled => auth.Value.Development == true;

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Enabled && User.Identity?.IsAuthenticated != true && await schemes.GetSchemeAsync(UiAuthentication.OpenIdConnect) is not null)
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, UiAuthentication.OpenIdConnect);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? user)
    {
        if (!Enabled || DemoUsers.Find(user) is not { } demo) return NotFound();
        await HttpContext.SignInAsync(UiAuthentication.Cookie,
            UiAuthentication.DevelopmentPrincipal(demo.Id, demo.Role, demo.Organisation, demo.DisplayName),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
