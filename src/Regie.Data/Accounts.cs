using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Regie.Data;

/// <summary>
/// A person who signs in (ASP.NET Core Identity: the password hash, lockout and security stamp live in the base class).
/// What a user may do on a board comes from <see cref="BoardMembershipEntity"/>; the two flags below are the only rights
/// that are not per board.
/// </summary>
public class RegieUser : IdentityUser<Guid>
{
    /// <summary>Creates boards and users, and may open and manage every board.</summary>
    public bool IsSystemAdministrator { get; set; }

    /// <summary>Sees the sector's aggregates across boards and the public scan's per-board results, never one board's own rows (docs/SECTOR.md).</summary>
    public bool IsSectorAnalyst { get; set; }

    public string? DisplayName { get; set; }
}

/// <summary>What a member may do on one board; higher includes lower.</summary>
public enum BoardRole
{
    None = 0,
    /// <summary>Reads every page and GET of the API.</summary>
    Reader = 1,
    /// <summary>Also changes the board's data: edits, imports, discovery runs.</summary>
    Editor = 2,
    /// <summary>Also manages who may do what on the board.</summary>
    BoardAdministrator = 3,
}

/// <summary>One user's role on one board. A row of that board: the board's administrators manage it.</summary>
public class BoardMembershipEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public BoardRole Role { get; set; }
}

/// <summary>What an API token opens.</summary>
public enum ApiTokenScope
{
    /// <summary>One board, with a role no higher than its owner's there.</summary>
    Board = 0,
    /// <summary>
    /// A sector analyst's token: the sector's aggregates only (the shared sector picture, vraagmacht, the public scan's
    /// summary), never a board's rows nor one register board's scan results; it has no board and no role.
    /// </summary>
    SectorAggregates = 1,
}

/// <summary>
/// A personal API token for scripts and the CLI: bound to one board and a role no higher than its owner's, or (a sector
/// analyst's) to the sector's aggregates only; always with an expiry. Only the SHA-256 of the secret is kept; the secret
/// is shown once when the token is made.
/// </summary>
public class ApiTokenEntity
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public ApiTokenScope Scope { get; set; }
    /// <summary>The board of a <see cref="ApiTokenScope.Board"/> token; null for a sector token.</summary>
    public Guid? OrganisationId { get; set; }
    /// <summary>The role on that board; <see cref="BoardRole.None"/> for a sector token.</summary>
    public BoardRole Role { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Lowercase hex SHA-256 of the whole token text.</summary>
    public string SecretHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>The token text: a recognisable prefix and 32 random bytes; stored only as its hash.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "regie_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The account rules the web app and the CLI share (ASP.NET Core Identity's options).</summary>
public static class RegieIdentity
{
    /// <summary>Length over composition rules (NIST SP 800-63B); five wrong passwords lock the account for fifteen minutes.</summary>
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // An e-mail address is the user name: letters with accents and a plus sign are allowed.
        options.User.AllowedUserNameCharacters = "";
        options.SignIn.RequireConfirmedAccount = false;
    }
}

/// <summary>Identity's account errors in Dutch, the language of the screens and the CLI; the API returns the same text.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Er is al een gebruiker met e-mailadres '{email}'." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Er is al een gebruiker '{userName}'." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het huidige wachtwoord klopt niet." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Het account is intussen door iemand anders gewijzigd. Open de pagina opnieuw en probeer het nog eens." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldige gebruikersnaam (gebruik het e-mailadres)." };
}
