using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// The second step of signing in for a user with an authenticator app: the six-digit code, or one recovery code. Reached
/// only with Identity's two-factor cookie that a correct password or an identity provider's sign-in left (five minutes);
/// the session cookie comes after the code. A wrong code counts towards the same lockout as a wrong password, and the
/// page is rate limited like sign-in.
/// </summary>
[AllowAnonymous]
public sealed class SignInCodeModel(SignInManager<RegieUser> signIn, UiText text) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>False when no password step is under way (or it took longer than five minutes): the page says to start again.</summary>
    public bool Pending { get; private set; }

    public async Task OnGetAsync() => Pending = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        Pending = user is not null;
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The first step: a password, or an identity provider that did not vouch for a second factor (ExternalSignIn).
        var firstStep = (await HttpContext.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?
            .FindFirst(System.Security.Claims.ClaimTypes.AuthenticationMethod)?.Value ?? "password";
        var code = (Code ?? "").Trim();
        var digits = code.Replace(" ", "", StringComparison.Ordinal);
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await RecoveryCodeSignInAsync(user, code);
        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(HttpContext, user.Id, user.Email, firstStep + "+second-factor");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(HttpContext, user.Id, user.Email);
        }
        else
        {
            SecurityEvents.SignInFailed(HttpContext, user.Id, user.Email);
        }

        Error = result.IsLockedOut
            ? text["Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of vraag een beheerder om een nieuw wachtwoord."]
            : text["Deze code klopt niet. Neem de code die de app nu toont, of een herstelcode die je nog niet hebt gebruikt."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // Identity does not count a wrong recovery code towards the lockout (the codes are random); Regie does, as for the app's code.
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> RecoveryCodeSignInAsync(RegieUser user, string code)
    {
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        var result = code.Length is > 0 and <= 40
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded || result.IsLockedOut)
        {
            return result;
        }

        await signIn.UserManager.AccessFailedAsync(user);
        return await signIn.UserManager.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : result;
    }
}
