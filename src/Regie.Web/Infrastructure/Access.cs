using Microsoft.AspNetCore.Authorization;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The authorization rules every endpoint names (docs/SECURITY.md). All of them read the caller's role on the current
/// board from <see cref="CurrentBoard"/>, which the tenancy step filled from the signed-in user's memberships.
/// </summary>
public static class Policies
{
    /// <summary>The board's data: readers may GET (and HEAD), editors may also change (POST, PUT, DELETE).</summary>
    public const string Board = "regie:board";

    /// <summary>Reading the board with a POST that changes nothing (a what-if scenario): readers may.</summary>
    public const string BoardReader = "regie:board-reader";

    /// <summary>Who may do what on the current board.</summary>
    public const string BoardAdministrator = "regie:board-administrator";

    /// <summary>Creating boards and users.</summary>
    public const string SystemAdministrator = "regie:system-administrator";

    /// <summary>
    /// The sector observatory's aggregates and the public scan's per-board results: sector analysts and system
    /// administrators (laptop mode is one). Never a board's own rows: those stay behind <see cref="Board"/>.
    /// </summary>
    public const string SectorAnalyst = "regie:sector-analyst";

    /// <summary>
    /// One register board's public scan results, listed or opened: sector analysts signed in and system administrators,
    /// not a sector analyst's API token (that opens the aggregates only, <see cref="ApiTokenScope.SectorAggregates"/>).
    /// </summary>
    public const string SectorBoards = "regie:sector-boards";

    /// <summary>Anyone signed in, also without a board (their own tokens, the board switcher, the API description).</summary>
    public const string SignedIn = "regie:signed-in";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Board, p => p.AddRequirements(new BoardAccess(null)));
        options.AddPolicy(BoardReader, p => p.AddRequirements(new BoardAccess(BoardRole.Reader)));
        options.AddPolicy(BoardAdministrator, p => p.AddRequirements(new BoardAccess(BoardRole.BoardAdministrator)));
        options.AddPolicy(SystemAdministrator, p => p.AddRequirements(new SystemAccess()));
        options.AddPolicy(SignedIn, p => p.AddRequirements(new SignedInAccess()));
        options.AddPolicy(SectorAnalyst, p => p.AddRequirements(new SectorAccess(PerBoard: false)));
        options.AddPolicy(SectorBoards, p => p.AddRequirements(new SectorAccess(PerBoard: true)));

        // An endpoint that names no rule still gets the board's: forgetting a rule never opens a door (the test fails on it too).
        options.FallbackPolicy = options.GetPolicy(Board);
    }
}

/// <summary>At least <see cref="Minimum"/> on the current board; null: reader for safe methods, editor for the rest.</summary>
public sealed record BoardAccess(BoardRole? Minimum) : IAuthorizationRequirement
{
    public BoardRole Needed(HttpRequest request) =>
        Minimum ?? (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? BoardRole.Reader : BoardRole.Editor);
}

public sealed record SystemAccess : IAuthorizationRequirement;

public sealed record SignedInAccess : IAuthorizationRequirement;

/// <summary>The sector's aggregates; <see cref="PerBoard"/>: also one register board's scan results.</summary>
public sealed record SectorAccess(bool PerBoard) : IAuthorizationRequirement;

public sealed class BoardAccessHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http)
        {
            return Task.CompletedTask;
        }

        var board = http.RequestServices.GetRequiredService<CurrentBoard>();
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var met = requirement switch
            {
                BoardAccess access => board.Organisation is not null && board.Role >= access.Needed(http.Request),
                SystemAccess => board.Caller.IsSystemAdministrator && board.Caller.TokenId is null,
                SignedInAccess => board.Caller.IsSignedIn,
                SectorAccess sector => sector.PerBoard ? board.Caller.SeesSectorBoards : board.Caller.SeesSectorAggregates,
                _ => (bool?)null,
            };
            if (met == true)
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The framework's answer to an authorization result, with every 403 logged first (ASVS 7.2.2): who was refused, the rule
/// they did not meet, the board and role they had (<see cref="SecurityEvents.AccessDenied"/>).
/// </summary>
public sealed class LoggedAuthorizationResults : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            SecurityEvents.AccessDenied(context, string.Join(", ",
                authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => Describe(r, context.Request)) ?? ["-"]));
        }

        return framework.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string Describe(IAuthorizationRequirement requirement, HttpRequest request) => requirement switch
    {
        BoardAccess access => $"board role {access.Needed(request)}",
        SystemAccess => "system administrator",
        SignedInAccess => "signed in",
        SectorAccess { PerBoard: true } => "sector analyst (per board)",
        SectorAccess => "sector analyst",
        _ => requirement.GetType().Name,
    };
}
