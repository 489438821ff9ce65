using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// Signs out (a form post, so another site cannot do it with a link) and goes back to the sign-in page. The user's security
/// stamp changes, so a copy of the cookie stops working too (and the user's sessions in other browsers end).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<RegieUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        SecurityEvents.SignedOut(HttpContext);
        await OwnSessions.SignOutEverywhereAsync(signIn, User);
        return LocalRedirect(SignInSetup.SignInPath);
    }
}
