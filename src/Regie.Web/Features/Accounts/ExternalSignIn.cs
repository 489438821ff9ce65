using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Accounts;

public enum ExternalSignInOutcome
{
    SignedIn,

    /// <summary>Nobody in Regie has this login or the chosen claim's value as e-mail address.</summary>
    Unknown,

    /// <summary>The Regie user is locked (too many wrong passwords, or blocked by an administrator).</summary>
    LockedOut,

    /// <summary>Identity refuses the sign-in for another reason (an account that may not sign in).</summary>
    NotAllowed,

    /// <summary>The user has an authenticator app and the provider did not vouch for a second factor: Regie asks the app's code.</summary>
    SecondFactorNeeded,
}

/// <summary>
/// Who a person coming back from an identity provider is in Regie. First the stored link (provider + the provider's
/// <c>sub</c>) in <c>UserLogins</c>; else the value of the provider's <see cref="OpenIdConnectProvider.MatchClaim"/>
/// compared with the users' e-mail addresses, and on a match the link is stored, so that a later change of that
/// claim at the provider no longer matters. A user already linked to another person at the same provider is not
/// linked again (a re-used address must not take over the account). Lockout applies as for a password.
/// </summary>
public static class ExternalSignIn
{
    public static async Task<(ExternalSignInOutcome Outcome, RegieUser? User)> SignInAsync(
        SignInManager<RegieUser> signIn, OpenIdConnectProvider provider, ClaimsPrincipal external)
    {
        var users = signIn.UserManager;
        var subject = external.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return (ExternalSignInOutcome.Unknown, null);
        }

        var user = await users.FindByLoginAsync(provider.Scheme, subject);
        if (user is null)
        {
            user = await MatchAsync(users, provider, external);
            if (user is null)
            {
                return (ExternalSignInOutcome.Unknown, null);
            }

            if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == provider.Scheme)
                || !(await users.AddLoginAsync(user, new UserLoginInfo(provider.Scheme, subject, provider.Title))).Succeeded)
            {
                return (ExternalSignInOutcome.Unknown, null);
            }
        }

        // A second factor the provider vouched for stands in for Regie's own; without it, a user with an authenticator app
        // gives its code next (Identity's two-factor cookie, as after a password).
        var vouched = provider.AssertsSecondFactor(external);
        var result = await signIn.ExternalLoginSignInAsync(provider.Scheme, subject, isPersistent: false, bypassTwoFactor: vouched);
        if (result.Succeeded && vouched)
        {
            // The session says so as one after Regie's own code does ("amr": "mfa"), so an administrator is not sent to set one up.
            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [new Claim(ClaimTypes.AuthenticationMethod, provider.Scheme), new Claim(SecondFactorClaim.Type, SecondFactorClaim.Value)]);
        }

        return (result.Succeeded ? ExternalSignInOutcome.SignedIn
            : result.RequiresTwoFactor ? ExternalSignInOutcome.SecondFactorNeeded
            : result.IsLockedOut ? ExternalSignInOutcome.LockedOut
            : result.IsNotAllowed ? ExternalSignInOutcome.NotAllowed
            : ExternalSignInOutcome.Unknown, user);
    }

    private static async Task<RegieUser?> MatchAsync(UserManager<RegieUser> users, OpenIdConnectProvider provider, ClaimsPrincipal external)
    {
        var value = external.FindFirst(provider.MatchClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // A provider that says the address is not verified lets its users type any address in their profile: matching on
        // it would hand them the Regie account of whoever really has it. Entra ID sends no email_verified; its optional
        // claim xms_edov says whether the address's domain is verified by the tenant that owns it, and false is refused alike.
        if (provider.MatchClaim == "email" && new[] { "email_verified", "xms_edov" }.Any(claim => external.FindFirst(claim)?.Value is { } verified
            && !string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var user = await users.FindByEmailAsync(value);
        if (user is not null || !provider.CreateUnknownUsers || !value.Contains('@'))
        {
            return user;
        }

        // Only when the administrator asked for it: a user without boards and without a password.
        user = new RegieUser { Id = Guid.NewGuid(), UserName = value, Email = value };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }
}

/// <summary>
/// The claim a session carries once a second factor was passed: Identity adds it after an authenticator app's code, and
/// <see cref="ExternalSignIn"/> after a provider vouched for one. <see cref="Infrastructure.AdministratorTwoFactor"/> reads it.
/// </summary>
public static class SecondFactorClaim
{
    public const string Type = "amr";
    public const string Value = "mfa";

    public static bool IsIn(ClaimsPrincipal session) => session.HasClaim(Type, Value);
}
