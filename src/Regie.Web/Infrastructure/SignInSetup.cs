using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Who is calling: an API token (Authorization: Bearer), the local administrator of laptop mode, or a user signed in
/// with a local account (ASP.NET Core Identity's cookie). One policy scheme picks per request, so the API answers 401
/// with a problem document and pages send the visitor to the sign-in page.
/// </summary>
public static class SignInSetup
{
    public const string Scheme = "Regie";
    public const string LaptopScheme = "Laptop";
    public const string TokenScheme = "Bearer";
    public const string SignInPath = "/account/signin";

    internal const string LaptopClaim = "regie:laptop";
    internal const string TokenClaim = "regie:token";
    internal const string TokenBoardClaim = "regie:token-board";
    internal const string TokenRoleClaim = "regie:token-role";
    /// <summary>Present on a sector analyst's token (<see cref="ApiTokenScope.SectorAggregates"/>): no board, aggregates only.</summary>
    internal const string TokenSectorClaim = "regie:token-sector";

    public static WebApplicationBuilder AddRegieSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<LaptopMode>();
        services.AddSingleton<Features.Accounts.UnknownAddressLockout>();
        services.AddIdentityCore<RegieUser>(RegieIdentity.Configure)
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddRegiePasswordRules()
            .AddEntityFrameworkStores<RegieDbContext>()
            .AddRegieTwoFactor()
            .AddSignInManager();
        services.AddSingleton<IAuthenticatorKeyProtector, DataProtectedAuthenticatorKeys>();
        var authentication = services.AddAuthentication(Scheme);
        authentication.AddRegieOpenIdConnect(OpenIdConnectSignIn.Read(builder.Configuration));
        authentication
            .AddPolicyScheme(Scheme, "Regie", o => o.ForwardDefaultSelector = Choose)
            .AddScheme<AuthenticationSchemeOptions, LaptopHandler>(LaptopScheme, null)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenScheme, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
            {
                // The name and Secure flag: SessionCookies (__Host-regie-auth on a server others reach).
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = SignInPath;
                o.LogoutPath = "/account/signout";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => IsApi(c.Request)
                    ? Problem(c.HttpContext, StatusCodes.Status401Unauthorized, "Niet aangemeld", "Meld u aan, of stuur een API-token mee (Authorization: Bearer).")
                    : Redirect(c);
                o.Events.OnRedirectToAccessDenied = c => IsApi(c.Request)
                    ? Problem(c.HttpContext, StatusCodes.Status403Forbidden, "Geen toegang", "Uw rol bij dit bestuur staat dit niet toe.")
                    : Status(c.HttpContext, StatusCodes.Status403Forbidden);
            }));
        SessionCookies.AddRegieSessionCookies(services);
        services.AddSingleton<SetupLink>();
        services.AddAuthorization(Policies.Add);
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer<BearerInOpenApi>());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, BoardAccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggedAuthorizationResults>();
        return builder;
    }

    /// <summary>Says at start whether laptop mode is on, and how to make the first administrator when sign-in is required and nobody can.</summary>
    public static WebApplication AnnounceSignIn(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.SignIn");
            if (app.Services.GetRequiredService<LaptopMode>().IsOn)
            {
                log.LogInformation("Laptopmodus: de app luistert alleen op loopback-adressen en opent zonder aanmelden.");
                return;
            }

            using var scope = app.Services.CreateScope();
            if (!scope.ServiceProvider.GetRequiredService<RegieDbContext>().Users.Any(u => u.IsSystemAdministrator))
            {
                // Printed once per start; tests read it at Information so that their output stays quiet.
                var link = app.Services.GetRequiredService<SetupLink>().Issue();
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
                log.Log(app.Environment.IsEnvironment("Testing") ? LogLevel.Information : LogLevel.Warning,
                    "Aanmelden is verplicht en er is nog geen systeembeheerder. Maak die aan met de eenmalige set-uplink {Link} "
                    + "(één keer te gebruiken, 24 uur geldig en tot de app herstart) of met: regie user add --admin EMAIL (op dezelfde database).",
                    address.TrimEnd('/') + link);
            }
        });
        return app;
    }

    private static string Choose(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenScheme
        : context.RequestServices.GetRequiredService<LaptopMode>().Applies(context) ? LaptopScheme
        : IdentityConstants.ApplicationScheme;

    /// <summary>The API and its OpenAPI document: a script asking gets 401 or 403 with a problem document, never the sign-in page.</summary>
    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    internal static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Redirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c)
    {
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Laptop mode's implicit local administrator (see <see cref="LaptopMode"/>).</summary>
internal sealed class LaptopHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(SignInSetup.LaptopClaim, "true"), new Claim(ClaimTypes.Name, "web")], Scheme.Name)), Scheme.Name)));

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        SignInSetup.IsApi(Request)
            ? SignInSetup.Problem(Context, StatusCodes.Status403Forbidden, "Geen toegang", "Dit mag alleen een systeembeheerder.")
            : base.HandleForbiddenAsync(properties);
}

/// <summary>
/// Authorization: Bearer &lt;token&gt;. The token is looked up by its SHA-256; a revoked or expired token, or one whose
/// owner is gone or locked out, is refused. Its board and role (or, for a sector analyst's token, that it opens the sector's
/// aggregates only) travel as claims to the tenancy step.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokenSecret.Hash(header["Bearer ".Length..].Trim());
        var db = Context.RequestServices.GetRequiredService<RegieDbContext>();
        var now = time.GetUtcNow();
        var found = await TokenWithUser.For(db)(db, hash, Context.RequestAborted);
        SecurityEvents.TokenRefusal? refusal = found is null ? SecurityEvents.TokenRefusal.Unknown
            : found.Token.RevokedAt is not null ? SecurityEvents.TokenRefusal.Revoked
            : found.Token.ExpiresAt <= now ? SecurityEvents.TokenRefusal.Expired
            : found.User.LockoutEnd is { } until && until > now ? SecurityEvents.TokenRefusal.OwnerLockedOut
            : null;
        if (found is null || refusal is not null)
        {
            SecurityEvents.TokenRefused(Context, refusal ?? SecurityEvents.TokenRefusal.Unknown, found?.Token.Id, found?.User.Id, found?.User.Email);
            return AuthenticateResult.Fail("Het token is onbekend, ingetrokken of verlopen.");
        }

        SecurityEvents.TokenAccepted(Context, found.Token.Id, found.User.Id, found.User.Email);
        Claim[] scope = found.Token is { Scope: ApiTokenScope.Board, OrganisationId: { } board }
            ? [new Claim(SignInSetup.TokenBoardClaim, board.ToString()), new Claim(SignInSetup.TokenRoleClaim, found.Token.Role.ToString())]
            : [new Claim(SignInSetup.TokenSectorClaim, "aggregates")];
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, found.User.Id.ToString()),
            new Claim(ClaimTypes.Name, found.User.Email ?? found.User.UserName ?? ""),
            new Claim(SignInSetup.TokenClaim, found.Token.Id.ToString()),
            .. scope,
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private sealed record Found(ApiTokenEntity Token, RegieUser User);

    // Every API call looks its token up.
    private static readonly CompiledPerModel<Func<RegieDbContext, string, CancellationToken, Task<Found?>>> TokenWithUser = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db, string hash, CancellationToken _) =>
            (from t in db.ApiTokens.AsNoTracking()
             join u in db.Users.AsNoTracking() on t.UserId equals u.Id
             where t.SecretHash == hash
             select new Found(t, u)).FirstOrDefault()));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return SignInSetup.Problem(Context, StatusCodes.Status401Unauthorized, "Niet aangemeld",
            "Het API-token is onbekend, ingetrokken of verlopen.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        SignInSetup.Problem(Context, StatusCodes.Status403Forbidden, "Geen toegang",
            Context.User.HasClaim(c => c.Type == SignInSetup.TokenSectorClaim)
                ? "Een sectortoken opent alleen de geaggregeerde sectorcijfers, nooit de gegevens van één bestuur."
                : "De rol van dit token bij dit bestuur staat dit niet toe.");
}
