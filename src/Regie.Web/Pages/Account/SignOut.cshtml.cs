using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>Signs out (a form post, so another site cannot do it with a link) and goes back to the sign-in page.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<RegieUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        SecurityEvents.SignedOut(HttpContext);
        await signIn.SignOutAsync();
        return LocalRedirect(SignInSetup.SignInPath);
    }
}
