using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Accounts;

/// <summary>An account change that was refused, with the Dutch reasons (Identity's rules, a role too high, an unknown user).</summary>
public sealed record AccountOutcome(IReadOnlyList<string> Errors, bool Stale = false)
{
    public static AccountOutcome Done { get; } = new([]);

    /// <summary>Refused because someone else changed it since it was read (<see cref="EditVersion"/>); nothing is stored.</summary>
    public static AccountOutcome Outdated { get; } = new([], Stale: true);

    public bool Succeeded => Errors.Count == 0 && !Stale;

    public static AccountOutcome Refused(string error) => new([error]);

    public static AccountOutcome From(IdentityResult result) => new([.. result.Errors.Select(e => e.Description)]);
}

public sealed record UserDto(Guid Id, string Email, bool SystemAdministrator, bool LockedOut, IReadOnlyList<MembershipDto> Boards, bool SectorAnalyst = false, bool TwoFactor = false);

public sealed record MembershipDto(Guid OrganisationId, string Organisation, BoardRole Role);

public sealed record MemberDto(Guid UserId, string Email, BoardRole Role);

/// <summary>One of your tokens; a sector token (<see cref="ApiTokenScope.SectorAggregates"/>) has no board and role None.</summary>
public sealed record TokenDto(Guid Id, string Name, Guid? OrganisationId, BoardRole Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Revoked,
    ApiTokenScope Scope = ApiTokenScope.Board);

/// <summary>The token as made: <see cref="Token"/> is the secret, shown this once and stored only as its hash.</summary>
public sealed record NewTokenDto(Guid Id, string Name, Guid? OrganisationId, BoardRole Role, DateTimeOffset ExpiresAt, string Token,
    ApiTokenScope Scope = ApiTokenScope.Board);

/// <summary>Users (system administrators), a board's members (its administrators) and one's own API tokens.</summary>
public static class AccountOperations
{
    /// <summary>An API token lives at most a year.</summary>
    public const int MaxTokenDays = 366;

    public static async Task<List<UserDto>> UsersAsync(RegieDbContext db, CancellationToken ct)
    {
        var boards = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var memberships = await db.Memberships.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return [.. users.Select(u => new UserDto(u.Id, u.Email ?? "", u.IsSystemAdministrator, u.LockoutEnd > now,
            [.. memberships.Where(m => m.UserId == u.Id && boards.ContainsKey(m.OrganisationId)).Select(m => new MembershipDto(m.OrganisationId, boards[m.OrganisationId], m.Role))],
            u.IsSectorAnalyst, u.TwoFactorEnabled))];
    }

    public static async Task<(AccountOutcome Outcome, RegieUser? User)> CreateUserAsync(
        UserManager<RegieUser> users, string? email, string? password, bool systemAdministrator, bool sectorAnalyst = false)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return (AccountOutcome.Refused("Vul een e-mailadres en een wachtwoord in."), null);
        }

        var user = new RegieUser { Id = Guid.NewGuid(), UserName = email.Trim(), Email = email.Trim(), IsSystemAdministrator = systemAdministrator, IsSectorAnalyst = sectorAnalyst };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? (AccountOutcome.Done, user) : (AccountOutcome.From(result), null);
    }

    /// <summary>An administrator sets a new password: the lockout ends and every session of the user is signed out.</summary>
    public static async Task<AccountOutcome> ResetPasswordAsync(UserManager<RegieUser> users, Guid userId, string? password)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AccountOutcome.Refused("Deze gebruiker bestaat niet.");
        }

        if (string.IsNullOrEmpty(password))
        {
            return AccountOutcome.Refused("Vul een nieuw wachtwoord in.");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                return AccountOutcome.From(valid);
            }
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user); // saves the user too
        return AccountOutcome.Done;
    }

    public static async Task<List<MemberDto>> MembersAsync(RegieDbContext db, CancellationToken ct) =>
        await (from m in db.Memberships.AsNoTracking()
               join u in db.Users.AsNoTracking() on m.UserId equals u.Id
               orderby u.Email
               select new MemberDto(u.Id, u.Email ?? "", m.Role)).ToListAsync(ct);

    /// <summary>
    /// The version of the board's members and their roles (one version for the list, as the /members page shows and changes it
    /// as one): any role given, changed or taken away changes it.
    /// </summary>
    public static async Task<string> MembersVersionAsync(RegieDbContext db, CancellationToken ct) =>
        EditVersion.OfValues([.. (await db.Memberships.AsNoTracking().Select(m => new { m.Id, m.UserId, m.Role }).ToListAsync(ct))
            .OrderBy(m => m.Id).Select(m => (object?)$"{m.Id}:{m.UserId}:{m.Role}")]);

    /// <summary>
    /// Gives a user (by e-mail address) a role on the current board, or changes it; <see cref="BoardRole.None"/> removes them.
    /// Only while the members are still as at <paramref name="expectedVersion"/> (<see cref="MembersVersionAsync"/>; null: not checked).
    /// </summary>
    public static async Task<AccountOutcome> SetMemberAsync(
        RegieDbContext db, CurrentBoard board, string? email, BoardRole role, string? expectedVersion, CancellationToken ct)
    {
        if (board.Organisation is null)
        {
            return AccountOutcome.Refused("Kies eerst een bestuur.");
        }

        if (!Enum.IsDefined(role))
        {
            return AccountOutcome.Refused("Kies een rol: lezer, bewerker of bestuursbeheerder.");
        }

        var normalised = email?.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
        if (user is null)
        {
            return AccountOutcome.Refused($"Er is geen gebruiker met e-mailadres '{email}'. Een systeembeheerder maakt gebruikers aan.");
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () => await MembersVersionAsync(db, ct), async () =>
        {
            var membership = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == user.Id, ct);
            if (role == BoardRole.None)
            {
                if (membership is not null)
                {
                    db.Memberships.Remove(membership);
                }
            }
            else if (membership is null)
            {
                db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), UserId = user.Id, Role = role });
            }
            else
            {
                membership.Role = role;
            }

            await db.SaveChangesAsync(ct);
        }, ct);
        return saved ? AccountOutcome.Done : AccountOutcome.Outdated;
    }

    public static async Task<List<TokenDto>> TokensAsync(RegieDbContext db, CurrentBoard board, CancellationToken ct) =>
        board.Caller.UserId is not { } user ? [] : await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user).OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenDto(t.Id, t.Name, t.OrganisationId, t.Role, t.CreatedAt, t.ExpiresAt, t.RevokedAt != null, t.Scope)).ToListAsync(ct);

    /// <summary>
    /// A personal token: for the current board, with a role no higher than the caller's there, or (<paramref name="scope"/>
    /// <see cref="ApiTokenScope.SectorAggregates"/>) a sector analyst's token for the sector's aggregates only, without
    /// board or role. Only a signed-in person makes one, never a token.
    /// </summary>
    public static async Task<(AccountOutcome Outcome, NewTokenDto? Token)> CreateTokenAsync(
        RegieDbContext db, CurrentBoard board, string? name, BoardRole role, int days, TimeProvider time, CancellationToken ct,
        ApiTokenScope scope = ApiTokenScope.Board)
    {
        if (board.Caller.UserId is not { } user || board.Caller.TokenId is not null)
        {
            return (AccountOutcome.Refused("Alleen een aangemelde gebruiker maakt API-tokens (niet met een token, niet in laptopmodus)."), null);
        }

        var sector = scope == ApiTokenScope.SectorAggregates;
        if (sector && !board.Caller.IsSectorAnalyst)
        {
            return (AccountOutcome.Refused("Alleen een sectoranalist maakt een sectortoken."), null);
        }

        if (!sector && scope != ApiTokenScope.Board)
        {
            return (AccountOutcome.Refused("scope: kies Board (een token voor één bestuur) of SectorAggregates (een sectortoken)."), null);
        }

        if (!sector && board.Organisation is null)
        {
            return (AccountOutcome.Refused("Kies eerst een bestuur: een token hoort bij één bestuur."), null);
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors.Add("Geef het token een naam van hoogstens 100 tekens (waarvoor het is).");
        }
        else if (FieldRules.Name("Naam van het token", name) is { } hidden)
        {
            errors.Add(hidden);
        }

        if (sector && role != BoardRole.None)
        {
            errors.Add("Een sectortoken heeft geen rol bij een bestuur: het opent alleen de geaggregeerde sectorcijfers.");
        }
        else if (!sector && (role is < BoardRole.Reader or > BoardRole.BoardAdministrator || role > board.Role))
        {
            errors.Add("De rol van een token is lezer, bewerker of bestuursbeheerder, en niet hoger dan uw eigen rol bij dit bestuur.");
        }

        if (days is < 1 or > MaxTokenDays)
        {
            errors.Add($"Een token is 1 tot {MaxTokenDays} dagen geldig.");
        }

        if (errors.Count > 0)
        {
            return (new AccountOutcome(errors), null);
        }

        var secret = ApiTokenSecret.New();
        var now = time.GetUtcNow();
        var token = new ApiTokenEntity
        {
            Id = Guid.NewGuid(),
            UserId = user,
            Scope = scope,
            OrganisationId = sector ? null : board.Organisation!.Id,
            Role = sector ? BoardRole.None : role,
            Name = name!.Trim(),
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (AccountOutcome.Done, new NewTokenDto(token.Id, token.Name, token.OrganisationId, token.Role, token.ExpiresAt, secret, token.Scope));
    }

    /// <summary>Revokes one of the caller's own tokens; it stops working at once.</summary>
    public static async Task<bool> RevokeTokenAsync(RegieDbContext db, CurrentBoard board, Guid id, TimeProvider time, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == board.Caller.UserId, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
