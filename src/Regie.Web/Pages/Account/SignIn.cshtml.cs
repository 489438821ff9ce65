using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// Sign in with a local account: e-mail address and password. Five wrong passwords lock the account for fifteen minutes
/// (<see cref="RegieIdentity"/>); the message never says whether the address exists, not even by that lock: an address
/// without an account is locked alike (<see cref="UnknownAddressLockout"/>).
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<RegieUser> signIn, UnknownAddressLockout unknownAddresses, UiText text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) ? null : await signIn.UserManager.FindByEmailAsync(Email.Trim());
        var result = string.IsNullOrEmpty(Password) ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : user is null ? Unknown(Email ?? "", Password)
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SecurityEvents.SignedIn(HttpContext, user!.Id, user.Email, "password");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            // Only Identity's short-lived two-factor cookie so far; the session cookie follows the code (SignInCode).
            return RedirectToPage("SignInCode", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(HttpContext, user?.Id, user?.Email ?? Email);
        }
        else
        {
            SecurityEvents.SignInFailed(HttpContext, user?.Id, user?.Email ?? Email);
        }

        Error = result.IsLockedOut
            ? text["Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of vraag een beheerder om een nieuw wachtwoord."]
            : text["Het e-mailadres of het wachtwoord klopt niet."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// An address without an account fails as a wrong password does, and locks after as many failures as an account.
    /// A locked one is answered without hashing, as Identity answers a locked account before it checks the password.
    /// </summary>
    private Microsoft.AspNetCore.Identity.SignInResult Unknown(string address, string password)
    {
        if (unknownAddresses.IsLocked(address))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        HashAsIfKnown(signIn.UserManager.PasswordHasher, password);
        return unknownAddresses.Fail(address) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed;
    }

    private static string? unknownUsersHash;

    /// <summary>
    /// An address nobody has costs the same slow hash as a known one: without it the answer comes tens of milliseconds
    /// sooner, and its time alone would say which addresses have an account.
    /// </summary>
    private static void HashAsIfKnown(IPasswordHasher<RegieUser> hasher, string password)
    {
        var nobody = new RegieUser();
        unknownUsersHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(nobody, unknownUsersHash, password);
    }
}
