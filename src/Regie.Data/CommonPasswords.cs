using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Common;

namespace Regie.Data;

/// <summary>
/// The 10,000 most common passwords of SecLists (data/passwords/README.md: source, licence, date read), embedded in this
/// assembly and read once into a set on first use: about half a megabyte, never more.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    /// <summary>
    /// A listed password (letter case ignored), or one made of a listed password and only digits, spaces or symbols before or
    /// after it ("password2026!", "2026monkey"), or a listed password said again and again ("qwertyqwerty"). Twelve
    /// characters are required anyway; these are the long passwords an attacker's list tries first.
    /// </summary>
    public static bool IsCommon(string password)
    {
        var list = List.Value;
        var lower = password.ToLowerInvariant();
        if (list.Contains(lower))
        {
            return true;
        }

        for (var cut = 1; cut < lower.Length; cut++)
        {
            var (head, tail) = (lower[..cut], lower[cut..]);
            if ((list.Contains(head) && !tail.Any(char.IsLetter)) || (list.Contains(tail) && !head.Any(char.IsLetter)))
            {
                return true;
            }
        }

        for (var size = 1; size <= lower.Length / 2; size++)
        {
            if (lower.Length % size == 0 && list.Contains(lower[..size]) && lower == string.Concat(Enumerable.Repeat(lower[..size], lower.Length / size)))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Regie.CommonPasswords.txt")
            ?? throw new InvalidOperationException("De lijst met veelgebruikte wachtwoorden ontbreekt in Regie.Data (data/passwords/10k-most-common.txt).");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                set.Add(word.ToLowerInvariant());
            }
        }

        set.TrimExcess();
        return set;
    }
}

/// <summary>
/// Refuses a common or breached password (<see cref="CommonPasswords"/>), one that contains the user's name (the e-mail
/// address, or the part before the @ when it has four characters or more) and one over 128 characters (ASVS 2.1.2, 2.1.7).
/// Identity's own rules (<see cref="RegieIdentity"/>) check the length and the different characters.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<RegieUser>
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<RegieUser> manager, RegieUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaxLength)
        {
            errors.Add(new() { Code = "PasswordTooLong", Description = $"Het wachtwoord mag hoogstens {MaxLength} tekens lang zijn." });
        }
        else if (CommonPasswords.IsCommon(password))
        {
            errors.Add(new() { Code = "PasswordCommon", Description = CommonMessage });
        }

        if (ContainsUserName(password, user.UserName ?? user.Email))
        {
            errors.Add(new() { Code = "PasswordContainsUserName", Description = UserNameMessage });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public const string CommonMessage =
        "Dit wachtwoord staat op een lijst van veelgebruikte en gelekte wachtwoorden, of is er een met alleen cijfers of tekens erbij. Kies bijvoorbeeld een zin van eigen woorden.";

    public const string UserNameMessage = "Het wachtwoord mag de gebruikersnaam (het e-mailadres of het deel voor de @) niet bevatten.";

    private static bool ContainsUserName(string password, string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return false;
        }

        var local = userName.Split('@')[0];
        return password.Contains(userName, StringComparison.OrdinalIgnoreCase)
            || (local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase));
    }
}

public static class RegiePasswordRules
{
    /// <summary>The web app and the CLI (`regie user add`) register the same rules.</summary>
    public static IdentityBuilder AddRegiePasswordRules(this IdentityBuilder builder) =>
        builder.AddPasswordValidator<CommonPasswordValidator>().AddUserValidator<VisibleAddressValidator>();
}

/// <summary>
/// An account's e-mail address (also its user name) follows the rule for names (<see cref="InputRules"/>):
/// no NUL or other control character and no bidirectional control, which would make "beheer@bestuur.nl" in the users
/// list, the audit or a role change read as another address. For the web app, the API, the CLI and OpenID Connect alike.
/// </summary>
public sealed class VisibleAddressValidator : IUserValidator<RegieUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<RegieUser> manager, RegieUser user) => Task.FromResult(
        InputRules.HasHiddenCharacters(user.Email) || InputRules.HasHiddenCharacters(user.UserName)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "HiddenCharacters",
                Description = "Het e-mailadres bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); typ het opnieuw.",
            })
            : IdentityResult.Success);
}
