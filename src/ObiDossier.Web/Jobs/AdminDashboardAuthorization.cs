using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using ObiDossier.Domain;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// The Hangfire dashboard is for admins only. The request is authenticated with the bearer scheme
/// (or whatever scheme already signed the user in, e.g. a UI cookie); Hangfire answers 401 when
/// the user is anonymous and 403 when signed in without the admin role.
/// </summary>
internal sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true)
        {
            var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (result.Succeeded) http.User = result.Principal;
        }
        return http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(Roles.Admin);
    }
}
