using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Regie.Web.Infrastructure;

/// <summary>One identity provider as an administrator configures it (docs/SECURITY.md, "Aanmelden via OpenID Connect").</summary>
public sealed class OpenIdConnectProvider
{
    /// <summary>The name in settings and paths ("surfconext"): lower-case letters, digits and hyphens.</summary>
    public string Name { get; set; } = "";

    /// <summary>The button's words: "Aanmelden met {DisplayName}".</summary>
    public string? DisplayName { get; set; }

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From settings or the environment only; never shown, never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Separated by spaces, commas or semicolons; <c>openid</c> is always asked.</summary>
    public string? Scopes { get; set; }

    /// <summary>The claim whose value is compared with a Regie user's e-mail address: email, eduPersonPrincipalName, preferred_username, upn.</summary>
    public string MatchClaim { get; set; } = "email";

    /// <summary>Ask the provider's userinfo endpoint for claims the id_token lacks (SURFconext sends most attributes there).</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    /// <summary>Only for a provider on the same machine during tests or a trial: allows an http:// authority.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>A person the provider knows but Regie does not becomes a user without any board (a system administrator then gives roles). Off unless set.</summary>
    public bool CreateUnknownUsers { get; set; }

    /// <summary>
    /// The claim by which the provider says the person passed a second factor: <c>amr</c> (RFC 8176's authentication
    /// methods, as Entra ID sends them) by default, or <c>acr</c> for a provider that states an assurance level.
    /// </summary>
    public string SecondFactorClaim { get; set; } = "amr";

    /// <summary>The values of <see cref="SecondFactorClaim"/> that mean a second factor, separated by spaces, commas or semicolons; <c>mfa</c> when left out.</summary>
    public string? SecondFactorValues { get; set; }

    /// <summary>
    /// Whether the provider vouched for a second factor in this sign-in. When it did not, Regie asks its own (a user with
    /// an authenticator app gives its code; a system administrator without one is sent to set one up).
    /// </summary>
    public bool AssertsSecondFactor(System.Security.Claims.ClaimsPrincipal external)
    {
        var values = (string.IsNullOrWhiteSpace(SecondFactorValues) ? "mfa" : SecondFactorValues)
            .Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return external.Claims.Any(c => string.Equals(c.Type, SecondFactorClaim, StringComparison.Ordinal) && values.Contains(c.Value, StringComparer.Ordinal));
    }

    public string Scheme => OpenIdConnectSignIn.SchemePrefix + Name;

    public string Title => string.IsNullOrWhiteSpace(DisplayName) ? Name : DisplayName.Trim();

    public IEnumerable<string> ScopeList =>
        new[] { "openid" }.Concat((Scopes ?? "openid email profile").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);
}

/// <summary>The configured identity providers, read once at start, in the order of their names.</summary>
public sealed class OpenIdConnectProviders(IReadOnlyList<OpenIdConnectProvider> all)
{
    public IReadOnlyList<OpenIdConnectProvider> All { get; } = all;

    public OpenIdConnectProvider? Named(string? name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public OpenIdConnectProvider? ForScheme(string? scheme) => All.FirstOrDefault(p => string.Equals(p.Scheme, scheme, StringComparison.Ordinal));
}

/// <summary>
/// Sign-in with OpenID Connect: every provider under <c>Regie:Auth:OpenIdConnect:Providers:&lt;name&gt;</c> becomes an
/// authentication scheme <c>oidc-&lt;name&gt;</c> with its own callback <c>/signin-oidc-&lt;name&gt;</c> and a button on the
/// sign-in page. The authorization-code flow with PKCE; the provider's answer lands in Identity's external cookie, and
/// the page <c>/account/external</c> decides who that is in Regie (<see cref="Features.Accounts.ExternalSignIn"/>).
/// </summary>
public static partial class OpenIdConnectSignIn
{
    public const string Section = "Regie:Auth:OpenIdConnect:Providers";
    public const string SchemePrefix = "oidc-";
    public const string CallbackPrefix = "/signin-oidc-";

    public static OpenIdConnectProviders Read(IConfiguration configuration)
    {
        var providers = new List<OpenIdConnectProvider>();
        foreach (var section in configuration.GetSection(Section).GetChildren().OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var provider = new OpenIdConnectProvider();
            section.Bind(provider);
            provider.Name = section.Key.ToLowerInvariant();
            var missing = new[] { (nameof(provider.Authority), provider.Authority), (nameof(provider.ClientId), provider.ClientId) }
                .Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => $"{Section}:{section.Key}:{s.Item1}").ToList();
            if (!ValidName().IsMatch(provider.Name))
            {
                throw new InvalidOperationException($"De naam van identiteitsprovider '{section.Key}' ({Section}) mag alleen letters, cijfers en streepjes bevatten.");
            }

            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"Identiteitsprovider '{section.Key}' mist een instelling: {string.Join(", ", missing)}.");
            }

            if (string.IsNullOrWhiteSpace(provider.MatchClaim))
            {
                provider.MatchClaim = "email";
            }

            if (string.IsNullOrWhiteSpace(provider.SecondFactorClaim))
            {
                provider.SecondFactorClaim = "amr";
            }

            providers.Add(provider);
        }

        return new OpenIdConnectProviders(providers);
    }

    public static AuthenticationBuilder AddRegieOpenIdConnect(this AuthenticationBuilder authentication, OpenIdConnectProviders providers)
    {
        authentication.Services.AddSingleton(providers);
        foreach (var provider in providers.All)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.Title, o => Configure(o, provider));
        }

        return authentication;
    }

    private static void Configure(OpenIdConnectOptions o, OpenIdConnectProvider provider)
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        // The code comes back in the query of a top-level navigation, so the correlation and nonce cookies can be
        // SameSite=Lax (a form_post answer would need SameSite=None, and that only over https). PKCE binds the code to
        // this browser; Referrer-Policy same-origin keeps it off other sites.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CallbackPath = CallbackPrefix + provider.Name;
        o.SignedOutCallbackPath = "/signout-callback-oidc-" + provider.Name;
        o.RemoteSignOutPath = "/signout-oidc-" + provider.Name;
        // Claims keep the provider's names ("email", "sub", "eduPersonPrincipalName"), the names an administrator writes.
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = provider.GetClaimsFromUserInfoEndpoint;
        o.ClaimActions.MapUniqueJsonKey(provider.MatchClaim, provider.MatchClaim);
        // The handler drops acr by default; the claim that vouches for a second factor must reach the sign-in.
        o.ClaimActions.Remove(provider.SecondFactorClaim);
        o.SaveTokens = false;
        o.Scope.Clear();
        foreach (var scope in provider.ScopeList)
        {
            o.Scope.Add(scope);
        }

        // The visitor cancelled at the provider, or the provider refused: a page in Regie's words instead of an exception.
        o.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect($"/account/external/{provider.Name}?handler=failed");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ValidName();
}
