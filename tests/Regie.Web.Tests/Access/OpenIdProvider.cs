using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Regie.Web.Tests.Access;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on 127.0.0.1 with a free port: discovery, the authorization
/// endpoint and the token endpoint, the authorization-code flow with PKCE required, signed id_tokens. It has no login
/// screen: whoever comes to the authorization endpoint is <see cref="Person"/>, the claims the test chooses. Degraded
/// mode (no database): the clients and their redirect addresses are checked by the handlers below.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    private readonly Dictionary<string, string> clients;
    private WebApplication? app;

    private OpenIdProvider(Dictionary<string, string> clients) => this.clients = clients;

    /// <summary>http://127.0.0.1:port/, the issuer.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The claims of the person who "signs in" at the provider next; <c>sub</c> is required.</summary>
    public IReadOnlyDictionary<string, string> Person { get; set; } = new Dictionary<string, string>();

    /// <summary>How many authorization requests reached the provider, and how many codes it redeemed.</summary>
    public int Authorizations { get; private set; }

    public int CodesRedeemed { get; private set; }

    /// <summary>Code challenge methods the provider saw ("S256" when the client used PKCE).</summary>
    public List<string> CodeChallengeMethods { get; } = [];

    public static async Task<OpenIdProvider> StartAsync(params (string ClientId, string Secret)[] clients)
    {
        var provider = new OpenIdProvider(clients.ToDictionary(c => c.ClientId, c => c.Secret));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = "oidc-test-provider" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            o.EnableDegradedMode();
            o.UseAspNetCore().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(provider.ValidateAuthorization));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(provider.ValidateToken));
            o.AddEventHandler<HandleAuthorizationRequestContext>(h => h.UseInlineHandler(provider.SignInPerson));
        });
        provider.app = builder.Build();
        provider.app.UseAuthentication();
        await provider.app.StartAsync(TestContext.Current.CancellationToken);
        provider.Authority = provider.app.Urls.Single().TrimEnd('/') + "/";
        return provider;
    }

    private ValueTask ValidateAuthorization(ValidateAuthorizationRequestContext context)
    {
        Authorizations++;
        CodeChallengeMethods.Add(context.Request.CodeChallengeMethod ?? "(none)");
        if (context.ClientId is null || !clients.ContainsKey(context.ClientId))
        {
            context.Reject(Errors.InvalidClient, "unknown client_id");
        }
        else if (context.RedirectUri is null || !context.RedirectUri.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)
            || !context.RedirectUri.Contains("/signin-oidc-", StringComparison.Ordinal))
        {
            context.Reject(Errors.InvalidRequest, "redirect_uri not registered");
        }

        return default;
    }

    private ValueTask ValidateToken(ValidateTokenRequestContext context)
    {
        if (context.ClientId is null || !clients.TryGetValue(context.ClientId, out var secret) || context.ClientSecret != secret)
        {
            context.Reject(Errors.InvalidClient, "wrong client credentials");
        }
        else
        {
            CodesRedeemed++;
        }

        return default;
    }

    private ValueTask SignInPerson(HandleAuthorizationRequestContext context)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        foreach (var (type, value) in Person)
        {
            identity.AddClaim(new Claim(type, value).SetDestinations(Destinations.IdentityToken, Destinations.AccessToken));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(context.Request.GetScopes());
        context.SignIn(principal);
        return default;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
