using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Picks the board for this request: the API header <c>X-Regie-Organisation</c>, else the <c>regie-org</c> cookie from the
/// header's switcher, else <see cref="DefaultBoard"/> (the board named by <c>Regie:Board</c>, else the board created first, so
/// that creating a board never silently changes where a visitor lands). Everything after this sees only that board: the
/// DbContext filters by it. Only the boards the caller may open count (all of them for a system administrator and in laptop
/// mode, the memberships for a user, the one board of an API token), with the caller's role on each.
/// </summary>
public sealed class TenancyMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Header = "X-Regie-Organisation";
    public const string Cookie = "regie-org";

    /// <summary>The configuration key (environment: <c>Regie__Board</c>) naming the board a visitor without a choice opens.</summary>
    public const string ConfiguredBoard = "Regie:Board";

    /// <summary>Remembers the board chosen in the switcher, or just created, for the pages that follow.</summary>
    public static void Remember(HttpResponse response, Guid board) =>
        response.Cookies.Append(Cookie, board.ToString(), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });

    public async Task InvokeAsync(HttpContext context, RegieDbContext db, CurrentBoard board)
    {
        var ct = context.RequestAborted;
        var (caller, memberships, ended) = await CallerAsync(context.User, db, ct);
        if (ended)
        {
            // A session ended by sign-out, a new password or an administrator (its security stamp changed): the cookie is
            // removed and the request goes on as anonymous, so pages send the visitor to the sign-in page and the API says 401.
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        if (!caller.IsSignedIn)
        {
            board.Set(caller, null, BoardRole.None, []);
            await next(context);
            return;
        }

        // Only the caller's boards are read (for a system administrator: every board's id and name), never every board's row.
        var roles = await RolesAsync(context.User, caller, memberships, db, ct);
        // The switcher lists the caller's boards only, a board's own before the demo.
        var choices = roles.Values.Select(r => r.Board)
            .OrderBy(o => o.IsDemo).ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var mine = choices.Select(c => c.Id).ToList();

        Guid? chosenId;
        if (context.Request.Headers.TryGetValue(Header, out var header))
        {
            // An API caller that names a board gets that board or a clear 404, never silently another one; a board the caller
            // may not open looks exactly like one that does not exist.
            chosenId = Guid.TryParse(header, out var id) && roles.ContainsKey(id) ? id : null;
            if (chosenId is null)
            {
                SecurityEvents.BoardNotFound(context, caller, header);
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Organisatie niet gevonden",
                    detail: $"Er is geen organisatie met id '{header}' ({Header}).").ExecuteAsync(context);
                return;
            }
        }
        else
        {
            // A cookie left by someone else's session on this browser names a board of theirs: fall back to one of the caller's.
            var cookie = context.Request.Cookies[Cookie];
            chosenId = Guid.TryParse(cookie, out var id) && roles.ContainsKey(id) ? id
                : mine.Count == 1 ? mine[0]
                : await DefaultBoard.ChooseAsync(db, mine, configuration[ConfiguredBoard], ct);
        }

        // The chosen board's row is read afresh in every request (its weight profile and name must not lag behind a change):
        // a member's came with the memberships; a system administrator's or the laptop's is read by key.
        var chosen = chosenId is not { } open ? null
            : memberships?.FirstOrDefault(m => m.Board.Id == open)?.Board
              ?? await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().FirstOrDefaultAsync(o => o.Id == open, ct);
        board.Set(caller, chosen, chosen is null ? BoardRole.None : roles[chosen.Id].Role, choices);
        await next(context);
    }

    /// <summary>A board the user is a member of, read whole with the user (one query for the user, the roles and the chosen board).</summary>
    private sealed record Membership(OrganisationEntity Board, BoardRole Role);

    /// <summary>
    /// The caller as the authentication step left it, checked against the stored user (deleted or locked out: nobody), with the
    /// user's memberships (of the token's board only, for a token) in the same query; null for a system administrator, who may
    /// open every board, and for the laptop. <c>Ended</c>: a sign-in cookie whose security stamp is no longer the user's.
    /// </summary>
    private static async Task<(Caller Caller, List<Membership>? Memberships, bool Ended)> CallerAsync(ClaimsPrincipal principal, RegieDbContext db, CancellationToken ct)
    {
        if (principal.HasClaim(c => c.Type == SignInSetup.LaptopClaim))
        {
            return (Caller.Laptop, null, false);
        }

        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return (Caller.Anonymous, null, false);
        }

        // A sector token has no board: asking for the memberships of an id no board has reads the user alone.
        var sectorToken = principal.HasClaim(c => c.Type == SignInSetup.TokenSectorClaim);
        Guid? tokenBoard = sectorToken ? Guid.Empty
            : Guid.TryParse(principal.FindFirstValue(SignInSetup.TokenBoardClaim), out var onlyBoard) ? onlyBoard : null;
        var rows = new List<CallerRow>();
        await foreach (var row in CallerRows.For(db)(db, userId, tokenBoard).WithCancellation(ct))
        {
            rows.Add(row);
        }

        var user = rows.FirstOrDefault();
        if (user is null || (user.LockoutEnd is { } until && until > DateTimeOffset.UtcNow))
        {
            return (Caller.Anonymous, null, false);
        }

        Guid? token = Guid.TryParse(principal.FindFirstValue(SignInSetup.TokenClaim), out var tokenId) ? tokenId : null;
        // The cookie is a sealed ticket that stays valid until it expires; the stamp it carries is what makes it revocable.
        // Sign-out, a password change or reset and an administrator's changes give the user a new stamp (AccountOperations).
        if (token is null && principal.FindFirstValue(SecurityStampClaim) != user.SecurityStamp)
        {
            return (Caller.Anonymous, null, true);
        }

        if (token is not null && sectorToken)
        {
            // The sector's aggregates, and only while the owner is still a sector analyst: no board, no administrator's rights.
            return (new Caller(user.Id, user.Email ?? user.UserName, false, token, false, user.IsSectorAnalyst, AggregatesOnly: true), [], false);
        }

        // A board token opens its board only: not the sector views its owner may also see as an analyst.
        return (new Caller(user.Id, user.Email ?? user.UserName, user.IsSystemAdministrator, token, false, user.IsSectorAnalyst && token is null),
            user.IsSystemAdministrator ? null : [.. rows.Where(r => r.Board is not null && r.Role is not null).Select(r => new Membership(r.Board!, r.Role!.Value))], false);
    }

    /// <summary>Identity's claim type for the stamp in the cookie (<see cref="ClaimsIdentityOptions.SecurityStampClaimType"/>; Regie keeps the default).</summary>
    private static readonly string SecurityStampClaim = new ClaimsIdentityOptions().SecurityStampClaimType;

    private sealed record CallerRow(
        Guid Id, string? Email, string? UserName, bool IsSystemAdministrator, bool IsSectorAnalyst, DateTimeOffset? LockoutEnd,
        string? SecurityStamp, OrganisationEntity? Board, BoardRole? Role);

    // One row per membership (or one row without a board), as left joins: SQLite has no APPLY for a nested list. Runs on
    // every request.
    private static readonly CompiledPerModel<Func<RegieDbContext, Guid, Guid?, IAsyncEnumerable<CallerRow>>> CallerRows = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db, Guid userId, Guid? tokenBoard) =>
            from u in db.Users.AsNoTracking().Where(u => u.Id == userId)
            from m in db.Memberships.IgnoreQueryFilters(new[] { RegieDbContext.TenantFilter }).AsNoTracking()
                .Where(m => m.UserId == u.Id && (tokenBoard == null || m.OrganisationId == tokenBoard)).DefaultIfEmpty()
            from o in db.Organisations.IgnoreQueryFilters(new[] { RegieDbContext.TenantFilter }).AsNoTracking()
                .Where(o => m != null && o.Id == m.OrganisationId).DefaultIfEmpty()
            select new CallerRow(u.Id, u.Email, u.UserName, u.IsSystemAdministrator, u.IsSectorAnalyst, u.LockoutEnd, u.SecurityStamp, o,
                m == null ? (BoardRole?)null : m.Role)));

    /// <summary>The boards the caller may open with the role on each: a system administrator administers all; a token only its own board, at most its role.</summary>
    private static async Task<Dictionary<Guid, (BoardChoice Board, BoardRole Role)>> RolesAsync(
        ClaimsPrincipal principal, Caller caller, List<Membership>? memberships, RegieDbContext db, CancellationToken ct)
    {
        if (caller.AggregatesOnly)
        {
            return [];
        }

        Guid? tokenBoard = caller.TokenId is null ? null : Guid.Parse(principal.FindFirstValue(SignInSetup.TokenBoardClaim)!);
        Dictionary<Guid, (BoardChoice Board, BoardRole Role)> roles;
        if (caller.IsSystemAdministrator)
        {
            // Choosing a board needs to see all of them: the one place that looks across tenants.
            roles = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
                .Where(o => tokenBoard == null || o.Id == tokenBoard)
                .Select(o => new BoardChoice(o.Id, o.Name, o.IsDemo))
                .ToDictionaryAsync(b => b.Id, b => (b, BoardRole.BoardAdministrator), ct);
        }
        else
        {
            roles = (memberships ?? []).ToDictionary(m => m.Board.Id, m => (new BoardChoice(m.Board.Id, m.Board.Name, m.Board.IsDemo), m.Role));
        }

        if (tokenBoard is not { } only)
        {
            return roles;
        }

        var tokenRole = Enum.Parse<BoardRole>(principal.FindFirstValue(SignInSetup.TokenRoleClaim)!);
        return roles.TryGetValue(only, out var mine)
            ? new() { [only] = (mine.Board, (BoardRole)Math.Min((int)mine.Role, (int)tokenRole)) }
            : [];
    }
}
