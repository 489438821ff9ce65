using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Regie.Data;

namespace Regie.Web.Features.Accounts;

/// <summary>Where a user's second factor stands; <see cref="PendingKey"/> is the key of an enrolment not yet confirmed.</summary>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool HasPassword, AuthenticatorSetup? PendingKey);

/// <summary>What the authenticator app needs: the key as text (grouped by four) and as an otpauth:// address, also as a QR code.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    public string GroupedKey => RegieTwoFactor.Grouped(Key);

    /// <summary>The address as an SVG QR code: only squares drawn from the code's modules, no text and no script.</summary>
    public string QrSvg()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < modules.Count; y++)
        {
            for (var x = 0; x < modules[y].Length; x++)
            {
                var run = 0;
                while (x + run < modules[y].Length && modules[y][x + run])
                {
                    run++;
                }

                if (run > 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h{run}v1h-{run}z");
                    x += run;
                }
            }
        }

        var size = modules.Count;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 4}\" height=\"{size * 4}\" shape-rendering=\"crispEdges\" aria-hidden=\"true\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}

/// <summary>
/// A local user's second factor (ASP.NET Core Identity's authenticator provider, one-time codes and hashed recovery codes
/// from <see cref="RegieTwoFactor"/>): enrol, confirm with a code, new recovery codes, switch off; and an administrator's reset.
/// </summary>
public static class TwoFactorOperations
{
    public static async Task<TwoFactorStatus> StatusAsync(UserManager<RegieUser> users, RegieUser user)
    {
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = enabled ? null : await users.GetAuthenticatorKeyAsync(user);
        return new(enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0, await users.HasPasswordAsync(user),
            string.IsNullOrEmpty(key) ? null : Setup(user, key));
    }

    /// <summary>A new key for the app; the second factor is switched on only once a code from it is confirmed.</summary>
    public static async Task<AccountOutcome> BeginAsync(UserManager<RegieUser> users, RegieUser user)
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountOutcome.Refused("De tweede factor staat al aan. Zet hem eerst uit om een nieuwe app te koppelen.");
        }

        if (!await users.HasPasswordAsync(user))
        {
            return AccountOutcome.Refused("Dit account meldt zich aan via een identiteitsprovider; de tweede factor regelt die provider.");
        }

        return AccountOutcome.From(await users.ResetAuthenticatorKeyAsync(user));
    }

    /// <summary>Switches the second factor on when the code matches the pending key; the ten recovery codes are returned this once.</summary>
    public static async Task<(AccountOutcome Outcome, IReadOnlyList<string> RecoveryCodes)> ConfirmAsync(UserManager<RegieUser> users, RegieUser user, string? code)
    {
        if (await users.GetTwoFactorEnabledAsync(user) || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return (AccountOutcome.Refused("Er is geen koppeling met een app bezig. Begin opnieuw."), []);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code ?? ""))
        {
            return (AccountOutcome.Refused("Deze code klopt niet. Controleer de tijd van je telefoon en vul de code in die de app nu toont."), []);
        }

        var switchedOn = await users.SetTwoFactorEnabledAsync(user, true);
        if (!switchedOn.Succeeded)
        {
            return (AccountOutcome.From(switchedOn), []);
        }

        return (AccountOutcome.Done, [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RegieTwoFactor.RecoveryCodeCount) ?? []]);
    }

    /// <summary>Ten new recovery codes for a current code from the app; the old ones stop working.</summary>
    public static async Task<(AccountOutcome Outcome, IReadOnlyList<string> RecoveryCodes)> NewRecoveryCodesAsync(UserManager<RegieUser> users, RegieUser user, string? code)
    {
        var checkedCode = await CheckCurrentCodeAsync(users, user, code);
        return checkedCode.Succeeded
            ? (AccountOutcome.Done, [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RegieTwoFactor.RecoveryCodeCount) ?? []])
            : (checkedCode, []);
    }

    /// <summary>The user switches the second factor off with a current code from the app.</summary>
    public static async Task<AccountOutcome> SwitchOffAsync(UserManager<RegieUser> users, RegieUser user, string? code)
    {
        var checkedCode = await CheckCurrentCodeAsync(users, user, code);
        return checkedCode.Succeeded ? AccountOutcome.From(await RegieTwoFactor.SwitchOffAsync(users, user)) : checkedCode;
    }

    /// <summary>
    /// A system administrator resets a user's second factor (a lost phone and no recovery codes): switched off, key and
    /// codes forgotten, a lockout ended, the user's sessions ended. The audit records the change with the administrator's name.
    /// </summary>
    public static async Task<AccountOutcome> ResetByAdministratorAsync(UserManager<RegieUser> users, Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? AccountOutcome.Refused("Deze gebruiker bestaat niet.") : AccountOutcome.From(await RegieTwoFactor.ResetAsync(users, user));
    }

    // A wrong code here counts towards the lockout, as at sign-in: a session left open must not become a way to guess codes.
    private static async Task<AccountOutcome> CheckCurrentCodeAsync(UserManager<RegieUser> users, RegieUser user, string? code)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountOutcome.Refused("De tweede factor staat niet aan.");
        }

        if (await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code ?? ""))
        {
            return AccountOutcome.Done;
        }

        await users.AccessFailedAsync(user);
        return AccountOutcome.Refused("Deze code klopt niet. Vul de code in die de app nu toont.");
    }

    private static AuthenticatorSetup Setup(RegieUser user, string key) =>
        new(key, RegieTwoFactor.AuthenticatorUri(user.Email ?? user.UserName ?? "", key));
}
