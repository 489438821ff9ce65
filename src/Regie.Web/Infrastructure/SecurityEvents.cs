using System.Security.Claims;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Every security event Regie logs, in one place (ASVS 7.1.3, 7.2.1, 7.2.2; docs/OPERATIONS.md "Security events"):
/// category <see cref="Category"/>, a stable event id per kind (7001–7099), and the same properties on each — the event's
/// name, the user's id and address where known, the API token's id where known, the client address and the path.
/// Passwords, token secrets, token hashes and cookies are never passed in, so they cannot be written out; text a
/// visitor typed (an address on the sign-in form, a header) is cut short and stripped of control characters, so a
/// line break cannot forge a second log line.
/// </summary>
public static partial class SecurityEvents
{
    /// <summary>The log category an operator filters on (journalctl -u regie | grep Regie.Security).</summary>
    public const string Category = "Regie.Security";

    public static class Ids
    {
        public const int SignedIn = 7001;
        public const int SignInFailed = 7002;
        public const int LockedOut = 7003;
        public const int ExternalSignInRefused = 7004;
        public const int SignedOut = 7005;
        public const int TokenRefused = 7010;
        public const int TokenAccepted = 7011;
        public const int AccessDenied = 7020;
        public const int BoardNotFound = 7021;
        public const int RateLimited = 7030;
        public const int RequestRefused = 7050;
        public const int UserCreated = 7040;
        public const int PasswordReset = 7041;
        public const int RoleChanged = 7042;
        public const int TokenCreated = 7043;
        public const int TokenRevoked = 7044;
    }

    /// <summary>Why an API token was refused; the token's id only when it was found.</summary>
    public enum TokenRefusal { Unknown, Revoked, Expired, OwnerLockedOut }

    public static void SignedIn(HttpContext http, Guid userId, string? userName, string method) =>
        LogSignedIn(Log(http), nameof(SignedIn), userId, Clean(userName), Clean(method), Address(http), Path(http));

    /// <summary>A wrong password, or an address nobody has; <paramref name="typedName"/> is what was typed, never the password.</summary>
    public static void SignInFailed(HttpContext http, Guid? userId, string? typedName) =>
        LogSignInFailed(Log(http), nameof(SignInFailed), userId, Clean(typedName), Address(http), Path(http));

    public static void LockedOut(HttpContext http, Guid? userId, string? userName) =>
        LogLockedOut(Log(http), nameof(LockedOut), userId, Clean(userName), Address(http), Path(http));

    /// <summary>An identity provider vouched for someone Regie refuses (unknown, locked out, not allowed) or the flow failed.</summary>
    public static void ExternalSignInRefused(HttpContext http, string provider, string reason, Guid? userId, string? userName) =>
        LogExternalSignInRefused(Log(http), nameof(ExternalSignInRefused), Clean(provider), Clean(reason), userId, Clean(userName), Address(http), Path(http));

    public static void SignedOut(HttpContext http)
    {
        var (userId, userName, _) = Who(http);
        LogSignedOut(Log(http), nameof(SignedOut), userId, userName, Address(http), Path(http));
    }

    public static void TokenRefused(HttpContext http, TokenRefusal reason, Guid? tokenId, Guid? userId, string? userName) =>
        LogTokenRefused(Log(http), nameof(TokenRefused), reason, tokenId, userId, Clean(userName), Address(http), Path(http));

    /// <summary>Every request an API token answers for; at Debug, so an operator turns it on when investigating (Logging__LogLevel__Regie.Security=Debug).</summary>
    public static void TokenAccepted(HttpContext http, Guid tokenId, Guid userId, string? userName) =>
        LogTokenAccepted(Log(http), nameof(TokenAccepted), tokenId, userId, Clean(userName), Address(http), Path(http));

    /// <summary>
    /// A request refused as malformed (400: unreadable JSON, a field out of range, a form without its antiforgery token) or
    /// with a method the route lacks (405): input validation failures, at Information because every typo makes one.
    /// </summary>
    public static void RequestRefused(HttpContext http, int status)
    {
        var (userId, userName, tokenId) = Who(http);
        LogRequestRefused(Log(http), nameof(RequestRefused), status, userId, userName, tokenId, http.Request.Method, Host(http), Address(http), Path(http));
    }

    /// <summary>
    /// The Host header as the client sent it: the host filter refuses a request for its host (DNS rebinding), and the operator
    /// needs to see which one. Any client may send any text there, so it is cleaned like what a visitor types.
    /// </summary>
    internal static string Host(HttpContext http) => Clean(http.Request.Headers.Host.ToString());

    /// <summary>A 403 from the authorization policies: signed in, but the role on this board (or the kind of caller) does not allow it.</summary>
    public static void AccessDenied(HttpContext http, string requirement)
    {
        var (userId, userName, tokenId) = Who(http);
        var board = http.RequestServices.GetService<CurrentBoard>();
        LogAccessDenied(Log(http), nameof(AccessDenied), userId, userName, tokenId, board?.Organisation?.Id, board?.Role.ToString() ?? "None",
            requirement, http.Request.Method, Address(http), Path(http));
    }

    /// <summary>A board named in the header that the caller may not open (or that does not exist): answered 404.</summary>
    public static void BoardNotFound(HttpContext http, Caller caller, string? requested) =>
        LogBoardNotFound(Log(http), nameof(BoardNotFound), caller.UserId, Clean(caller.Email), caller.TokenId,
            Guid.TryParse(requested, out var board) ? board.ToString() : "(geen geldig id)", Address(http), Path(http));

    public static void RateLimited(HttpContext http, string? policy)
    {
        var (userId, userName, tokenId) = Who(http);
        LogRateLimited(Log(http), nameof(RateLimited), Clean(policy), userId, userName, tokenId, Address(http), Path(http));
    }

    public static void UserCreated(HttpContext http, Guid newUserId, string? newUserName, bool systemAdministrator, bool sectorAnalyst)
    {
        var (userId, userName, _) = Who(http);
        LogUserCreated(Log(http), nameof(UserCreated), newUserId, Clean(newUserName), systemAdministrator, sectorAnalyst, userId, userName, Address(http), Path(http));
    }

    public static void PasswordReset(HttpContext http, Guid targetUserId)
    {
        var (userId, userName, _) = Who(http);
        LogPasswordReset(Log(http), nameof(PasswordReset), targetUserId, userId, userName, Address(http), Path(http));
    }

    /// <summary>A board administrator gave, changed or took away (<c>None</c>) a user's role on the current board.</summary>
    public static void RoleChanged(HttpContext http, string? targetUserName, string role)
    {
        var (userId, userName, tokenId) = Who(http);
        var board = http.RequestServices.GetService<CurrentBoard>()?.Organisation?.Id;
        LogRoleChanged(Log(http), nameof(RoleChanged), Clean(targetUserName), board, role, userId, userName, tokenId, Address(http), Path(http));
    }

    public static void TokenCreated(HttpContext http, Guid tokenId, Guid? board, string role, DateTimeOffset expiresAt, ApiTokenScope scope = ApiTokenScope.Board)
    {
        var (userId, userName, _) = Who(http);
        LogTokenCreated(Log(http), nameof(TokenCreated), tokenId, scope.ToString(), board, role, expiresAt, userId, userName, Address(http), Path(http));
    }

    public static void TokenRevoked(HttpContext http, Guid tokenId)
    {
        var (userId, userName, _) = Who(http);
        LogTokenRevoked(Log(http), nameof(TokenRevoked), tokenId, userId, userName, Address(http), Path(http));
    }

    [LoggerMessage(EventId = Ids.SignedIn, EventName = nameof(SignedIn), Level = LogLevel.Information,
        Message = "{SecurityEvent}: {UserName} ({UserId}) signed in with {Method} from {ClientAddress} at {Path}")]
    private static partial void LogSignedIn(ILogger logger, string securityEvent, Guid userId, string userName, string method, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.SignInFailed, EventName = nameof(SignInFailed), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: sign-in as {UserName} ({UserId}) refused from {ClientAddress} at {Path}")]
    private static partial void LogSignInFailed(ILogger logger, string securityEvent, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.LockedOut, EventName = nameof(LockedOut), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: {UserName} ({UserId}) is locked out; attempt from {ClientAddress} at {Path}")]
    private static partial void LogLockedOut(ILogger logger, string securityEvent, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.ExternalSignInRefused, EventName = nameof(ExternalSignInRefused), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: sign-in through {Provider} refused ({Reason}) for {UserName} ({UserId}) from {ClientAddress} at {Path}")]
    private static partial void LogExternalSignInRefused(ILogger logger, string securityEvent, string provider, string reason, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.SignedOut, EventName = nameof(SignedOut), Level = LogLevel.Information,
        Message = "{SecurityEvent}: {UserName} ({UserId}) signed out from {ClientAddress} at {Path}")]
    private static partial void LogSignedOut(ILogger logger, string securityEvent, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.TokenRefused, EventName = nameof(TokenRefused), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: API token refused ({Reason}), token {TokenId} of {UserName} ({UserId}), from {ClientAddress} at {Path}")]
    private static partial void LogTokenRefused(ILogger logger, string securityEvent, TokenRefusal reason, Guid? tokenId, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.TokenAccepted, EventName = nameof(TokenAccepted), Level = LogLevel.Debug,
        Message = "{SecurityEvent}: API token {TokenId} of {UserName} ({UserId}) used from {ClientAddress} at {Path}")]
    private static partial void LogTokenAccepted(ILogger logger, string securityEvent, Guid tokenId, Guid userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.RequestRefused, EventName = nameof(RequestRefused), Level = LogLevel.Information,
        Message = "{SecurityEvent}: {Status} for {Method} {Path} on host {Host} by {UserName} ({UserId}, token {TokenId}) from {ClientAddress}")]
    private static partial void LogRequestRefused(ILogger logger, string securityEvent, int status, Guid? userId, string userName, Guid? tokenId,
        string method, string host, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.AccessDenied, EventName = nameof(AccessDenied), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: {UserName} ({UserId}, token {TokenId}) with role {Role} on board {BoardId} refused ({Requirement}) for {Method} {Path} from {ClientAddress}")]
    private static partial void LogAccessDenied(ILogger logger, string securityEvent, Guid? userId, string userName, Guid? tokenId, Guid? boardId, string role,
        string requirement, string method, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.BoardNotFound, EventName = nameof(BoardNotFound), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: {UserName} ({UserId}, token {TokenId}) named board {BoardId}, not one of theirs, from {ClientAddress} at {Path}")]
    private static partial void LogBoardNotFound(ILogger logger, string securityEvent, Guid? userId, string userName, Guid? tokenId, string boardId, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.RateLimited, EventName = nameof(RateLimited), Level = LogLevel.Warning,
        Message = "{SecurityEvent}: too many requests ({Policy}) by {UserName} ({UserId}, token {TokenId}) from {ClientAddress} at {Path}")]
    private static partial void LogRateLimited(ILogger logger, string securityEvent, string policy, Guid? userId, string userName, Guid? tokenId, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.UserCreated, EventName = nameof(UserCreated), Level = LogLevel.Information,
        Message = "{SecurityEvent}: user {TargetUserName} ({TargetUserId}) created, system administrator {SystemAdministrator}, sector analyst {SectorAnalyst}, by {UserName} ({UserId}) from {ClientAddress} at {Path}")]
    private static partial void LogUserCreated(ILogger logger, string securityEvent, Guid targetUserId, string targetUserName, bool systemAdministrator, bool sectorAnalyst,
        Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.PasswordReset, EventName = nameof(PasswordReset), Level = LogLevel.Information,
        Message = "{SecurityEvent}: password of user {TargetUserId} reset by {UserName} ({UserId}) from {ClientAddress} at {Path}")]
    private static partial void LogPasswordReset(ILogger logger, string securityEvent, Guid targetUserId, Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.RoleChanged, EventName = nameof(RoleChanged), Level = LogLevel.Information,
        Message = "{SecurityEvent}: {TargetUserName} now has role {Role} on board {BoardId}, set by {UserName} ({UserId}, token {TokenId}) from {ClientAddress} at {Path}")]
    private static partial void LogRoleChanged(ILogger logger, string securityEvent, string targetUserName, Guid? boardId, string role,
        Guid? userId, string userName, Guid? tokenId, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.TokenCreated, EventName = nameof(TokenCreated), Level = LogLevel.Information,
        Message = "{SecurityEvent}: API token {TokenId} of scope {Scope} for board {BoardId} with role {Role}, valid until {ExpiresAt}, made by {UserName} ({UserId}) from {ClientAddress} at {Path}")]
    private static partial void LogTokenCreated(ILogger logger, string securityEvent, Guid tokenId, string scope, Guid? boardId, string role, DateTimeOffset expiresAt,
        Guid? userId, string userName, string clientAddress, string path);

    [LoggerMessage(EventId = Ids.TokenRevoked, EventName = nameof(TokenRevoked), Level = LogLevel.Information,
        Message = "{SecurityEvent}: API token {TokenId} revoked by {UserName} ({UserId}) from {ClientAddress} at {Path}")]
    private static partial void LogTokenRevoked(ILogger logger, string securityEvent, Guid tokenId, Guid? userId, string userName, string clientAddress, string path);

    private static ILogger Log(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);

    /// <summary>The caller as the tenancy step found it, else as the authentication step claimed it (before the tenancy step ran).</summary>
    private static (Guid? UserId, string UserName, Guid? TokenId) Who(HttpContext http)
    {
        var caller = http.RequestServices.GetService<CurrentBoard>()?.Caller;
        if (caller is { IsSignedIn: true })
        {
            return (caller.UserId, caller.IsLaptop ? "laptop" : Clean(caller.Email), caller.TokenId);
        }

        var user = http.User;
        return (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            Clean(user.FindFirstValue(ClaimTypes.Name)),
            Guid.TryParse(user.FindFirstValue(SignInSetup.TokenClaim), out var token) ? token : null);
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "-";

    // A page's refusal is shown by re-running the error page: the path is then /Error, the original one is kept aside.
    private static string Path(HttpContext http) =>
        Clean(http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPathBase + reExecuted.OriginalPath
            : http.Request.PathBase + http.Request.Path);

    /// <summary>At most 200 characters, control characters (CR, LF, escape, bidirectional marks) as '?': one event stays one line.</summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "-";
        }

        var cut = text.Length > 200 ? text[..200] + "…" : text;
        return string.Create(cut.Length, cut, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?' : c;
            }
        });
    }
}
