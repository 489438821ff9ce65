using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Accounts;

/// <summary>
/// A signed-in person's own sessions and password. A session is a sealed cookie that carries the user's security stamp;
/// the tenancy step (<see cref="TenancyMiddleware"/>) refuses a cookie whose stamp is no longer the stored one, so a new
/// stamp ends every session at its next request (ASVS 3.3.1, 3.3.3).
/// </summary>
public static class OwnSessions
{
    /// <summary>Signs out here and everywhere: a new stamp makes a copy of this cookie, and any other session, worthless.</summary>
    public static async Task SignOutEverywhereAsync(SignInManager<RegieUser> signIn, ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(SignInSetup.TokenClaim) is null && await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user); // audited as a change of the user, the stamp hidden
        }

        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Changes the caller's own password, given the current one: the new one must pass the same rules as any (length,
    /// <see cref="CommonPasswordValidator"/>). The stamp changes, so the caller's other sessions end; this one gets a fresh
    /// cookie with the new stamp and goes on. A wrong current password counts towards the lockout like a wrong sign-in.
    /// </summary>
    public static async Task<AccountOutcome> ChangePasswordAsync(
        SignInManager<RegieUser> signIn, CurrentBoard board, string? current, string? replacement, string? repeated)
    {
        var users = signIn.UserManager;
        if (board.Caller.UserId is not { } id || board.Caller.TokenId is not null)
        {
            return AccountOutcome.Refused("Alleen een aangemelde gebruiker wijzigt het eigen wachtwoord (niet met een token, niet in laptopmodus).");
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return AccountOutcome.Refused("Deze gebruiker bestaat niet.");
        }

        if (!await users.HasPasswordAsync(user))
        {
            return AccountOutcome.Refused("Je account heeft geen wachtwoord in Regie: je meldt je aan via je eigen organisatie en wijzigt je wachtwoord daar.");
        }

        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(replacement))
        {
            return AccountOutcome.Refused("Vul je huidige en je nieuwe wachtwoord in.");
        }

        if (replacement != repeated)
        {
            return AccountOutcome.Refused("De twee nieuwe wachtwoorden zijn niet gelijk.");
        }

        var result = await users.ChangePasswordAsync(user, current, replacement);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
            }

            return AccountOutcome.From(result);
        }

        await signIn.RefreshSignInAsync(user);
        return AccountOutcome.Done;
    }
}
