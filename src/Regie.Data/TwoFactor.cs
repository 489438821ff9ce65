using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Regie.Data;

/// <summary>
/// The second factor of a local account: a time-based one-time code from an authenticator app (RFC 6238) and ten
/// recovery codes. Identity keeps the shared key and the recovery codes in <c>UserTokens</c>; Regie adds what Identity
/// leaves out: a code works once (OWASP ASVS 2.8.4) and the recovery codes are stored hashed (ASVS 2.6.2).
/// </summary>
public static class RegieTwoFactor
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The shared key, the recovery codes and the last code used live under this name in <c>UserTokens</c>.</summary>
    internal const string Store = "[AspNetUserStore]";

    /// <summary>Identity's name for the shared key.</summary>
    internal const string AuthenticatorKey = "AuthenticatorKey";

    /// <summary>Identity's authenticator provider with one-time codes, and the user store with hashed recovery codes.</summary>
    public static IdentityBuilder AddRegieTwoFactor(this IdentityBuilder identity) =>
        identity.AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddUserStore<RegieUserStore>();

    /// <summary>
    /// Switches the second factor off and forgets the key and the recovery codes, so that an old phone or a leaked code
    /// no longer works; the new security stamp ends the user's other sessions. Used by the user (with a current code), an
    /// administrator and <c>regie user reset-2fa</c>.
    /// </summary>
    public static async Task<IdentityResult> SwitchOffAsync(UserManager<RegieUser> users, RegieUser user)
    {
        foreach (var step in new Func<Task<IdentityResult>>[]
        {
            () => users.SetTwoFactorEnabledAsync(user, false),
            () => users.RemoveAuthenticationTokenAsync(user, Store, AuthenticatorKey),
            () => users.RemoveAuthenticationTokenAsync(user, Store, RegieUserStore.RecoveryCodes),
            () => users.UpdateSecurityStampAsync(user),
        })
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }

    /// <summary>
    /// An administrator's reset for a user who lost the phone and the recovery codes: switched off as above, and a lockout
    /// from wrong codes ended, so that the user signs in with the password alone and can link a new app.
    /// </summary>
    public static async Task<IdentityResult> ResetAsync(UserManager<RegieUser> users, RegieUser user)
    {
        var result = await SwitchOffAsync(users, user);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(user, null);
        }

        return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
    }

    /// <summary>The otpauth:// address an authenticator app reads (Google's key-uri format, which every app follows).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("Regie")}:{Uri.EscapeDataString(account)}?secret={key}&issuer=Regie&digits=6&period=30";

    /// <summary>The key in groups of four, as a person types it over.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.Chunk(4).Select(group => new string(group))).ToLowerInvariant();
}

/// <summary>RFC 6238 with HMAC-SHA1, 30-second steps and six digits: what every authenticator app shows.</summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long Step(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step)
    {
        var counter = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, as Identity writes the key (upper case, no padding); spaces and case are forgiven.</summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c);
            if (value < 0)
            {
                throw new FormatException($"'{c}' hoort niet in een base32-sleutel.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}

/// <summary>
/// Identity's authenticator check, with two changes: a code is accepted one step (30 seconds) either side of now, not
/// two, and never again once used: the step of the last accepted code is kept, and only a later one passes.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider? time = null) : IUserTwoFactorTokenProvider<RegieUser>
{
    private const string LastStep = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<RegieUser> manager, RegieUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    // The app makes the code; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<RegieUser> manager, RegieUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<RegieUser> manager, RegieUser user)
    {
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || string.IsNullOrEmpty(key))
        {
            return false;
        }

        var now = Totp.Step((time ?? TimeProvider.System).GetUtcNow());
        var used = long.TryParse(await manager.GetAuthenticationTokenAsync(user, RegieTwoFactor.Store, LastStep), out var last) ? last : long.MinValue;
        var secret = Totp.FromBase32(key);
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > used && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(secret, step)), Encoding.ASCII.GetBytes(code)))
            {
                await manager.SetAuthenticationTokenAsync(user, RegieTwoFactor.Store, LastStep, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Seals the authenticator's shared key before it is stored, so that a copy of the database (a backup, a leaked dump) does
/// not hold it in clear (OWASP ASVS 2.9.1, 6.4.1). The web app seals with ASP.NET Core Data Protection, whose keys live
/// apart from the database (docs/SECURITY.md); Regie.Data knows only this seam.
/// </summary>
public interface IAuthenticatorKeyProtector
{
    string Protect(string key);

    string Unprotect(string sealedKey);
}

/// <summary>How a sealed key is told apart from one stored in clear before keys were sealed (a base32 key has no ':').</summary>
public static class SealedAuthenticatorKeys
{
    public const string Prefix = "dp1:";

    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Seals every key still stored in clear (written before keys were sealed), at start-up; returns how many. A key that
    /// stayed in clear still works in the meantime: <see cref="RegieUserStore"/> reads both.
    /// </summary>
    public static async Task<int> SealStoredInClearAsync(RegieDbContext db, IAuthenticatorKeyProtector protector, CancellationToken ct = default)
    {
        var inClear = await db.Set<IdentityUserToken<Guid>>()
            .Where(t => t.LoginProvider == RegieTwoFactor.Store && t.Name == RegieTwoFactor.AuthenticatorKey && t.Value != null && !t.Value.StartsWith(Prefix))
            .ToListAsync(ct);
        foreach (var token in inClear)
        {
            token.Value = Prefix + protector.Protect(token.Value!);
        }

        await db.SaveChangesAsync(ct);
        return inClear.Count;
    }
}

/// <summary>
/// Identity's EF user store, but a recovery code is kept only as a PBKDF2 hash salted with the user's id (Identity itself
/// stores the codes as they are), each code having about 47 bits of chance, so the hash is slow on purpose; and the
/// authenticator's shared key is kept sealed by <see cref="IAuthenticatorKeyProtector"/> (Identity stores it in clear).
/// The CLI builds this store without a protector: it only removes keys (<c>regie user reset-2fa</c>), never reads or writes one.
/// </summary>
public sealed class RegieUserStore(RegieDbContext context, IdentityErrorDescriber? describer = null, IAuthenticatorKeyProtector? keys = null)
    : UserOnlyStore<RegieUser, RegieDbContext, Guid>(context, describer)
{
    internal const string RecoveryCodes = "RecoveryCodes";

    public override Task SetAuthenticatorKeyAsync(RegieUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, RegieTwoFactor.Store, RegieTwoFactor.AuthenticatorKey, SealedAuthenticatorKeys.Prefix + Keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(RegieUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, RegieTwoFactor.Store, RegieTwoFactor.AuthenticatorKey, cancellationToken);
        if (stored is null || !SealedAuthenticatorKeys.IsSealed(stored))
        {
            return stored;
        }

        try
        {
            return Keys.Unprotect(stored[SealedAuthenticatorKeys.Prefix.Length..]);
        }
        catch (CryptographicException lost)
        {
            // The database came back without the keys folder that sealed it (a restore elsewhere): say so in the log.
            throw new InvalidOperationException(
                $"De sleutel van de authenticator-app van {user.Email} is verzegeld met data-protection-sleutels die hier ontbreken "
                + "(Regie:DataProtectionKeys). Zet de map met sleutels terug, of wis de tweede factor met 'regie user reset-2fa'.", lost);
        }
    }

    private IAuthenticatorKeyProtector Keys => keys
        ?? throw new InvalidOperationException("De sleutel van de authenticator-app kan hier niet worden verzegeld of gelezen: er is geen IAuthenticatorKeyProtector.");

    public override Task ReplaceCodesAsync(RegieUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, RegieTwoFactor.Store, RecoveryCodes, string.Join(';', recoveryCodes.Select(code => Hash(user, code))), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(RegieUser user, string code, CancellationToken cancellationToken = default)
    {
        var hashes = (await GetTokenAsync(user, RegieTwoFactor.Store, RecoveryCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = Hash(user, code);
        if (!hashes.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        await SetTokenAsync(user, RegieTwoFactor.Store, RecoveryCodes, string.Join(';', hashes.Where(h => h != hash)), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(RegieUser user, CancellationToken cancellationToken = default) =>
        (await GetTokenAsync(user, RegieTwoFactor.Store, RecoveryCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    // Typed as shown ("abcde-12345") or without the dash, in any case.
    private static string Hash(RegieUser user, string code)
    {
        var normal = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(Rfc2898DeriveBytes.Pbkdf2(normal, user.Id.ToByteArray(), 100_000, HashAlgorithmName.SHA256, 32));
    }
}
