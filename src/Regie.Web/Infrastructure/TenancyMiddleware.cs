using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Picks the board for this request: the API header <c>X-Regie-Organisation</c>, else the <c>regie-org</c> cookie from the
/// header's switcher, else <see cref="DefaultBoard"/> (the board named by <c>Regie:Board</c>, else the board created first, so
/// that creating a board never silently changes where a visitor lands). Everything after this sees only that board: the
/// DbContext filters by it. There is no login yet, so the choice is the caller's.
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
        // Choosing a board needs to see all of them: the one place that looks across tenants.
        var all = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .ToListAsync(context.RequestAborted);
        // The switcher lists a board's own boards before the demo.
        all = [.. all.OrderBy(o => o.IsDemo).ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];
        var choices = all.Select(o => new BoardChoice(o.Id, o.Name, o.IsDemo)).ToList();

        OrganisationEntity? chosen;
        if (context.Request.Headers.TryGetValue(Header, out var header))
        {
            // An API caller that names a board gets that board or a clear 404, never silently another one.
            chosen = Guid.TryParse(header, out var id) ? all.FirstOrDefault(o => o.Id == id) : null;
            if (chosen is null)
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Organisatie niet gevonden",
                    detail: $"Er is geen organisatie met id '{header}' ({Header}).").ExecuteAsync(context);
                return;
            }
        }
        else
        {
            var cookie = context.Request.Cookies[Cookie];
            chosen = Guid.TryParse(cookie, out var id) ? all.FirstOrDefault(o => o.Id == id) : null;
            if (chosen is null && await DefaultBoard.ChooseAsync(db, [.. all.Select(o => o.Id)], configuration[ConfiguredBoard], context.RequestAborted) is { } fallback)
            {
                chosen = all.First(o => o.Id == fallback);
            }
        }

        if (chosen is not null)
        {
            board.Set(chosen, choices);
        }

        await next(context);
    }
}
