using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// Regie on a real loopback port with two identity providers configured, both served by one real OpenID Connect
/// provider (<see cref="OpenIdProvider"/>) under two client ids: "surf" matches users by eduPersonPrincipalName,
/// "entra" by email. A client that keeps cookies and follows redirects walks the whole authorization-code flow.
/// </summary>
public sealed class OpenIdConnectTestBed : IAsyncLifetime
{
    public OpenIdProvider Provider { get; private set; } = null!;
    public RegieOnKestrel App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync(("regie-surf", "surf-secret-1"), ("regie-entra", "entra-secret-2"));
        var providers = "Regie:Auth:OpenIdConnect:Providers:";
        App = new RegieOnKestrel(new Dictionary<string, string?>
        {
            [providers + "surf:DisplayName"] = "SURFconext",
            [providers + "surf:Authority"] = Provider.Authority,
            [providers + "surf:ClientId"] = "regie-surf",
            [providers + "surf:ClientSecret"] = "surf-secret-1",
            [providers + "surf:Scopes"] = "openid profile",
            [providers + "surf:MatchClaim"] = "eduPersonPrincipalName",
            [providers + "surf:RequireHttpsMetadata"] = "false",
            // SURFconext states an assurance level in acr; Entra ID keeps the default, RFC 8176's amr "mfa".
            [providers + "surf:SecondFactorClaim"] = "acr",
            [providers + "surf:SecondFactorValues"] = "https://refeds.org/profile/mfa",
            [providers + "entra:DisplayName"] = "Entra ID",
            [providers + "entra:Authority"] = Provider.Authority,
            [providers + "entra:ClientId"] = "regie-entra",
            [providers + "entra:ClientSecret"] = "entra-secret-2",
            [providers + "entra:RequireHttpsMetadata"] = "false",
            ["Regie:RateLimits:sign-in"] = "100000",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class SigningInWithOpenIdConnect(OpenIdConnectTestBed bed) : IClassFixture<OpenIdConnectTestBed>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RegieOnKestrel App => bed.App;

    /// <summary>Presses the provider's button: the flow runs to its end; returns the last response.</summary>
    private async Task<(HttpResponseMessage Response, string Body)> SignInThroughAsync(HttpClient browser, string provider, params (string Type, string Value)[] person)
    {
        bed.Provider.Person = person.ToDictionary(c => c.Type, c => c.Value);
        var response = await browser.GetAsync($"/account/external/{provider}?returnUrl=%2Faccount%2Ftokens", Ct);
        return (response, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<bool> SignedInAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("/account/tokens", Ct);
        return response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/account/tokens";
    }

    [Fact]
    public async Task TwoConfiguredProvidersShowTwoButtonsOnTheSignInPage()
    {
        var page = await App.Browser().GetStringAsync("/account/signin", Ct);

        Assert.Contains("Aanmelden met SURFconext", page);
        Assert.Contains("Aanmelden met Entra ID", page);
        Assert.Contains("href=\"/account/external/surf?returnUrl=", page);
        Assert.Contains("href=\"/account/external/entra?returnUrl=", page);
        Assert.DoesNotContain("surf-secret-1", page);
    }

    [Fact]
    public async Task APersonWhoseChosenClaimIsAUsersAddressIsSignedInAndLinked()
    {
        var demo = await App.DemoBoardIdAsync();
        var jan = await App.CreateUserAsync("jan@school.nl", (demo, BoardRole.Reader));
        var browser = App.Browser();
        var authorizationsBefore = bed.Provider.Authorizations;

        // SURFconext matches on eduPersonPrincipalName; the email claim names somebody else on purpose.
        var (response, _) = await SignInThroughAsync(browser, "surf",
            ("sub", "surf-jan-1"), ("eduPersonPrincipalName", "jan@school.nl"), ("email", "privé@example.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/account/tokens", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(browser));
        Assert.Equal(authorizationsBefore + 1, bed.Provider.Authorizations);
        Assert.Equal("S256", bed.Provider.CodeChallengeMethods[^1]);
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        var login = await db.UserLogins.SingleAsync(l => l.UserId == jan, Ct);
        Assert.Equal(("oidc-surf", "surf-jan-1"), (login.LoginProvider, login.ProviderKey));
        Assert.Contains(App.Logs.Events(SecurityEvents.Category, SecurityEvents.Ids.SignedIn), e =>
            e["UserName"] == "jan@school.nl" && e["UserId"] == jan.ToString() && e["Method"] == "oidc-surf" && e["ClientAddress"] == "127.0.0.1");

        // Later the provider's claim changes: the stored link (the provider's subject) still finds Jan.
        var again = App.Browser();
        var (second, _) = await SignInThroughAsync(again, "surf", ("sub", "surf-jan-1"), ("eduPersonPrincipalName", "j.jansen@school.nl"));
        Assert.Equal("/account/tokens", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(again));
    }

    [Fact]
    public async Task TheOtherProviderMatchesByEmail()
    {
        var demo = await App.DemoBoardIdAsync();
        await App.CreateUserAsync("piet@bestuur.nl", (demo, BoardRole.Editor));
        var browser = App.Browser();

        var (response, _) = await SignInThroughAsync(browser, "entra", ("sub", "entra-piet"), ("email", "Piet@Bestuur.nl"));

        Assert.Equal("/account/tokens", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(browser));
    }

    [Fact]
    public async Task AnUnknownPersonIsRefusedWithAPlainPageAndGetsNoAccount()
    {
        var browser = App.Browser();

        var (response, body) = await SignInThroughAsync(browser, "surf", ("sub", "surf-stranger"), ("eduPersonPrincipalName", "onbekend@elders.nl"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Dit account is niet bekend in Regie; vraag de beheerder van Regie om je toe te voegen.", body);
        Assert.False(await SignedInAsync(browser));
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "onbekend@elders.nl", Ct));
        Assert.False(await db.UserLogins.AnyAsync(l => l.ProviderKey == "surf-stranger", Ct));
        Assert.Contains(App.Logs.Events(SecurityEvents.Category, SecurityEvents.Ids.ExternalSignInRefused), e =>
            e["UserName"] == "onbekend@elders.nl" && e["Reason"] == "Unknown" && e["Provider"] == "oidc-surf" && e["ClientAddress"] == "127.0.0.1");
    }

    [Fact]
    public async Task AnAddressTheProviderCallsUnverifiedDoesNotOpenTheAccountWithThatAddress()
    {
        var demo = await App.DemoBoardIdAsync();
        await App.CreateUserAsync("rector@school.nl", (demo, BoardRole.BoardAdministrator));
        var browser = App.Browser();

        var (response, _) = await SignInThroughAsync(browser, "entra", ("sub", "entra-impostor"), ("email", "rector@school.nl"), ("email_verified", "false"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await SignedInAsync(browser));
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        Assert.False(await db.UserLogins.AnyAsync(l => l.ProviderKey == "entra-impostor", Ct));
    }

    // Entra ID sends no email_verified; its optional claim xms_edov (email domain owner verified) stands in for it.
    [Fact]
    public async Task AnAddressWhoseDomainEntraDoesNotVouchForDoesNotOpenTheAccount()
    {
        var demo = await App.DemoBoardIdAsync();
        await App.CreateUserAsync("directeur@school.nl", (demo, BoardRole.BoardAdministrator));
        var refused = App.Browser();
        var vouched = App.Browser();

        var (response, _) = await SignInThroughAsync(refused, "entra", ("sub", "entra-other-tenant"), ("email", "directeur@school.nl"), ("xms_edov", "false"));
        var (accepted, _) = await SignInThroughAsync(vouched, "entra", ("sub", "entra-directeur"), ("email", "directeur@school.nl"), ("xms_edov", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await SignedInAsync(refused));
        Assert.Equal("/account/tokens", accepted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(vouched));
    }

    [Fact]
    public async Task ALockedUserIsRefused()
    {
        var demo = await App.DemoBoardIdAsync();
        var kees = await App.CreateUserAsync("kees@school.nl", (demo, BoardRole.Editor));
        await using (var db = RegieDatabase.Create(App.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Id == kees).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddYears(100)), Ct);
        }

        var browser = App.Browser();
        var (response, body) = await SignInThroughAsync(browser, "surf", ("sub", "surf-kees"), ("eduPersonPrincipalName", "kees@school.nl"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Dit account is geblokkeerd.", body);
        Assert.Contains(App.Logs.Events(SecurityEvents.Category, SecurityEvents.Ids.ExternalSignInRefused), e =>
            e["UserId"] == kees.ToString() && e["Reason"] == "LockedOut");
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task AnAccountLinkedToOnePersonIsNotTakenOverByAnotherWithTheSameAddress()
    {
        var demo = await App.DemoBoardIdAsync();
        await App.CreateUserAsync("anna@school.nl", (demo, BoardRole.Reader));
        var (first, _) = await SignInThroughAsync(App.Browser(), "surf", ("sub", "surf-anna"), ("eduPersonPrincipalName", "anna@school.nl"));
        Assert.Equal("/account/tokens", first.RequestMessage!.RequestUri!.AbsolutePath);

        // The address was given to somebody else at the provider (a new subject): not Anna.
        var browser = App.Browser();
        var (response, body) = await SignInThroughAsync(browser, "surf", ("sub", "surf-new-anna"), ("eduPersonPrincipalName", "anna@school.nl"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("niet bekend in Regie", body);
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task AProviderThatMayCreateUsersMakesOneWithoutAnyBoard()
    {
        var providers = "Regie:Auth:OpenIdConnect:Providers:google:";
        await using var app = new RegieOnKestrel(new Dictionary<string, string?>
        {
            [providers + "DisplayName"] = "Google",
            [providers + "Authority"] = bed.Provider.Authority,
            [providers + "ClientId"] = "regie-entra",
            [providers + "ClientSecret"] = "entra-secret-2",
            [providers + "RequireHttpsMetadata"] = "false",
            [providers + "CreateUnknownUsers"] = "true",
        });
        bed.Provider.Person = new Dictionary<string, string> { ["sub"] = "google-nieuw", ["email"] = "nieuw@school.nl" };
        var browser = app.Browser();

        using var response = await browser.GetAsync("/account/external/google?returnUrl=%2Faccount%2Ftokens", Ct);

        Assert.Equal("/account/tokens", response.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var user = await db.Users.SingleAsync(u => u.Email == "nieuw@school.nl", Ct);
        Assert.False(user.IsSystemAdministrator);
        Assert.Null(user.PasswordHash);
        Assert.False(await db.Memberships.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AnyAsync(m => m.UserId == user.Id, Ct));
        Assert.True(await db.UserLogins.AnyAsync(l => l.UserId == user.Id && l.LoginProvider == "oidc-google" && l.ProviderKey == "google-nieuw", Ct));
    }

    private async Task<Guid> SystemAdministratorAsync(string email)
    {
        var id = await App.CreateUserAsync(email);
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSystemAdministrator, true), Ct);
        return id;
    }

    private static async Task<string> PathAfterAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, Ct);
        return response.RequestMessage!.RequestUri!.AbsolutePath;
    }

    [Fact]
    public async Task AnAdministratorWhoseProviderVouchesForASecondFactorIsNotSentToSetUpRegiesOwn()
    {
        await SystemAdministratorAsync("beheer@bestuur.nl");
        var viaEntra = App.Browser();
        var viaSurf = App.Browser();

        await SignInThroughAsync(viaEntra, "entra", ("sub", "entra-beheer"), ("email", "beheer@bestuur.nl"), ("amr", "mfa"));
        await SignInThroughAsync(viaSurf, "surf", ("sub", "surf-beheer"), ("eduPersonPrincipalName", "beheer@bestuur.nl"), ("acr", "https://refeds.org/profile/mfa"));

        Assert.Equal("/users", await PathAfterAsync(viaEntra, "/users"));
        Assert.Equal("/users", await PathAfterAsync(viaSurf, "/users"));
    }

    [Fact]
    public async Task AnAdministratorWhoseProviderDoesNotVouchIsSentToSetUpRegiesOwnSecondFactor()
    {
        await SystemAdministratorAsync("beheerder2@bestuur.nl");
        var browser = App.Browser();

        // SURFconext is configured to vouch through acr: an amr of "mfa" from it says nothing.
        await SignInThroughAsync(browser, "surf", ("sub", "surf-beheerder2"), ("eduPersonPrincipalName", "beheerder2@bestuur.nl"), ("amr", "mfa"));

        Assert.True(await SignedInAsync(browser));
        Assert.Equal(AdministratorTwoFactor.EnrolPath, await PathAfterAsync(browser, "/users"));
        using var api = await browser.GetAsync("/api/v1/users", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task AUserWithAnAuthenticatorAppGivesItsCodeUnlessTheProviderVouchedForASecondFactor()
    {
        var demo = await App.DemoBoardIdAsync();
        await App.CreateUserAsync("lotte@school.nl", (demo, BoardRole.Editor));
        var first = App.Browser();
        await SignInThroughAsync(first, "entra", ("sub", "entra-lotte"), ("email", "lotte@school.nl"));
        // The code used to set the app up counts as used: the next step's code signs in.
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(first);

        var asked = App.Browser();
        var (response, body) = await SignInThroughAsync(asked, "entra", ("sub", "entra-lotte"), ("email", "lotte@school.nl"));

        Assert.Equal("/account/signin/code", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Vul de code van zes cijfers in die je authenticator-app nu toont.", body);
        Assert.False(await SignedInAsync(asked));
        var coded = await FormPost.SubmitAsync(asked, "/account/signin/code", "/account/signin/code",
            [new("Code", authenticator.Code(AuthenticatorApp.Now + 1)), new("ReturnUrl", "/account/tokens")]);
        Assert.Equal("/account/tokens", coded.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(asked));
        Assert.Contains(App.Logs.Events(SecurityEvents.Category, SecurityEvents.Ids.SignedIn), e =>
            e["UserName"] == "lotte@school.nl" && e["Method"] == "oidc-entra+second-factor");

        var vouched = App.Browser();
        var (direct, _) = await SignInThroughAsync(vouched, "entra", ("sub", "entra-lotte"), ("email", "lotte@school.nl"), ("amr", "mfa"));
        Assert.Equal("/account/tokens", direct.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await SignedInAsync(vouched));
    }

    [Fact]
    public async Task TheCallbackWithoutASignInUnderWayIsRefused()
    {
        using var response = await App.Browser().GetAsync("/account/external/surf?handler=callback", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Er is geen aanmelding bij een identiteitsprovider bezig.", await response.Content.ReadAsStringAsync(Ct));
    }
}
