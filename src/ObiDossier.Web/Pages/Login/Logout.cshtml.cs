using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Pages.Login;

/// <summary>Signing out is a POST (with the antiforgery token), so no other site can sign a user out.</summary>
internal sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(UiAuthentication.Cookie);
        return Redirect("/login");
    }
}
