using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Picks the board for this request: the API header <c>X-Regie-Organisation</c>, else the <c>regie-org</c> cookie from the
/// header's switcher, else the first board (a board's own before the demo, then by name). Everything after this sees only that board: the DbContext filters by it.
/// There is no login yet, so the choice is the caller's.
/// </summary>
public sealed class TenancyMiddleware(RequestDelegate next)
{
    public const string Header = "X-Regie-Organisation";
    public const string Cookie = "regie-org";

    public async Task InvokeAsync(HttpContext context, RegieDbContext db, CurrentBoard board)
    {
        // Choosing a board needs to see all of them: the one place that looks across tenants.
        var all = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .ToListAsync(context.RequestAborted);
        // Once a board has registered itself, it, not the demo, is where a visitor lands.
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
            chosen = (Guid.TryParse(cookie, out var id) ? all.FirstOrDefault(o => o.Id == id) : null) ?? all.FirstOrDefault();
        }

        if (chosen is not null)
        {
            board.Set(chosen, choices);
        }

        await next(context);
    }
}
