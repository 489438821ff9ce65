using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// A local account with an authenticator app (RFC 6238): enrolled on /account/two-factor, asked for the code after the
/// password with no session before it, codes used once, recovery codes once, and reset by a system administrator. The codes
/// come from <see cref="AuthenticatorApp"/>, this project's own RFC 6238, not from the app's.
/// </summary>
public sealed class SigningInWithASecondFactor(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Anna = "anna@bestuur.nl";

    [Fact]
    public void TheTestsAuthenticatorAndTheAppsAgreeWithTheRfcsTestVectors()
    {
        // RFC 6238 appendix B: SHA-1 key "12345678901234567890", T = 59 s and 1111111109 s (the last six of the eight digits).
        var key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Assert.Equal("287082", new AuthenticatorApp(key).Code(59 / 30));
        Assert.Equal("081804", new AuthenticatorApp(key).Code(1111111109 / 30));
        Assert.Equal("287082", Totp.Code(Totp.FromBase32(key), Totp.Step(DateTimeOffset.FromUnixTimeSeconds(59))));
        Assert.Equal("081804", Totp.Code(Totp.FromBase32(key.ToLowerInvariant()), Totp.Step(DateTimeOffset.FromUnixTimeSeconds(1111111109))));
    }

    [Fact]
    public async Task EnrollingShowsTheKeyAsTextAndQrCodeAndGivesTenRecoveryCodesStoredOnlyAsHashes()
    {
        var client = await AnnaAsync();

        var (authenticator, codes, page) = await AuthenticatorApp.EnrolAsync(client);

        Assert.Equal(32, authenticator.Key.Replace(" ", "", StringComparison.Ordinal).Length);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Contains("De tweede factor staat aan.", page);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var user = await db.Users.SingleAsync(u => u.Email == Anna, Ct);
        Assert.True(user.TwoFactorEnabled);
        var stored = string.Join(" ", await db.Set<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync(Ct));
        Assert.DoesNotContain(codes, c => stored.Contains(c, StringComparison.OrdinalIgnoreCase) || stored.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        var audited = string.Join(" ", await db.AuditEntries.IgnoreTenant().Select(a => a.NewValues).ToListAsync(Ct));
        Assert.DoesNotContain(authenticator.Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), audited);
    }

    [Fact]
    public async Task TheSetUpPageShowsAnOtpauthAddressAndAQrCodeWithoutScript()
    {
        var client = await AnnaAsync();

        var begun = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=Begin", []);
        var html = await begun.Content.ReadAsStringAsync(Ct);

        var key = AuthenticatorApp.SharedKey().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Contains($"otpauth://totp/Regie:anna%40bestuur.nl?secret={key}&amp;issuer=Regie&amp;digits=6&amp;period=30", html);
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Contains("<path fill=\"#000\" d=\"M", svg);
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, svg);
    }

    [Fact]
    public async Task AWrongCodeDoesNotSwitchItOn()
    {
        var client = await AnnaAsync();
        var begun = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=Begin", []);
        var authenticator = new AuthenticatorApp(AuthenticatorApp.SharedKey().Match(await begun.Content.ReadAsStringAsync(Ct)).Groups[1].Value);

        var refused = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=Confirm", [new("Code", authenticator.WrongCode())]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Deze code klopt niet.", await refused.Content.ReadAsStringAsync(Ct));
        Assert.False((await UserAsync()).TwoFactorEnabled);
    }

    [Fact]
    public async Task SigningInAsksForTheCodeAfterThePasswordAndGivesNoSessionBeforeIt()
    {
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var client = app.AnonymousClient();

        var password = await PasswordAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/account/signin/code?ReturnUrl=%2Fservices", password.Headers.Location!.ToString());
        Assert.DoesNotContain(password.Headers.GetValues("Set-Cookie"), c => c.StartsWith("regie-auth", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Contains("autocomplete=\"one-time-code\"", await client.GetStringAsync("/account/signin/code", Ct));

        var code = await CodeAsync(client, authenticator.Code(AuthenticatorApp.Now + 1));

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/services", code.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task ACodeWorksOnlyOnce()
    {
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var code = authenticator.Code(AuthenticatorApp.Now + 1);
        var first = app.AnonymousClient();
        await PasswordAsync(first);
        Assert.Equal(HttpStatusCode.Redirect, (await CodeAsync(first, code)).StatusCode);

        var second = app.AnonymousClient();
        await PasswordAsync(second);
        var again = await CodeAsync(second, code);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task WrongCodesAreRefusedAndCountTowardsTheLockout()
    {
        var (authenticator, codes, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var client = app.AnonymousClient();
        await PasswordAsync(client);

        var wrong = await CodeAsync(client, authenticator.WrongCode());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Deze code klopt niet.", await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, (await UserAsync()).AccessFailedCount);

        // A wrong recovery code counts once, as a wrong code from the app does.
        await CodeAsync(client, "BBBBB-CCCCC");
        Assert.Equal(2, (await UserAsync()).AccessFailedCount);

        for (var i = 0; i < 3; i++)
        {
            await CodeAsync(client, authenticator.WrongCode());
        }

        var locked = await CodeAsync(client, codes[0]);
        Assert.Contains("tijdelijk geblokkeerd", await locked.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeWorksOnce()
    {
        var (_, codes, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var first = app.AnonymousClient();
        await PasswordAsync(first);

        var used = await CodeAsync(first, codes[3].ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Contains("Je hebt nog 9 herstelcodes.", await first.GetStringAsync("/account/two-factor", Ct));
        var second = app.AnonymousClient();
        await PasswordAsync(second);
        Assert.Equal(HttpStatusCode.BadRequest, (await CodeAsync(second, codes[3])).StatusCode);
    }

    [Fact]
    public async Task SwitchingOffNeedsACurrentCode()
    {
        var client = await AnnaAsync();
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(client);

        var refused = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=SwitchOff", [new("Code", authenticator.WrongCode())]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await UserAsync()).TwoFactorEnabled);

        var off = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=SwitchOff", [new("Code", authenticator.Code(AuthenticatorApp.Now + 1))]);

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Contains("De tweede factor staat uit.", await off.Content.ReadAsStringAsync(Ct));
        Assert.False((await UserAsync()).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
        var again = app.AnonymousClient();
        Assert.Equal("/services", (await PasswordAsync(again)).Headers.Location!.ToString());
    }

    [Fact]
    public async Task ASystemAdministratorResetsAUsersSecondFactorAndTheAuditSaysWho()
    {
        await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var anna = await UserAsync();
        var admin = await app.SignedInClientAsync("beheer@bestuur.nl", await app.DemoBoardIdAsync(), BoardRole.None, systemAdministrator: true);
        Assert.Contains("Tweede factor wissen", await admin.GetStringAsync("/users", Ct));

        var reset = await FormPost.SubmitAsync(admin, "/users", $"/users?handler=TwoFactor&id={anna.Id}", []);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await UserAsync()).TwoFactorEnabled);
        Assert.Equal("/services", (await PasswordAsync(app.AnonymousClient())).Headers.Location!.ToString());
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.Contains(await db.AuditEntries.IgnoreTenant().Where(a => a.Entity == nameof(RegieUser) && a.EntityId == anna.Id.ToString()).ToListAsync(Ct),
            a => a.Actor == "beheer@bestuur.nl" && a.NewValues!.Contains("\"TwoFactorEnabled\":false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiResetsASecondFactorForASystemAdministratorOnly()
    {
        await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        var anna = await UserAsync();
        var demo = await app.DemoBoardIdAsync();
        var boardAdministrator = await app.SignedInClientAsync("bestuursbeheer@bestuur.nl", demo, BoardRole.BoardAdministrator);
        var admin = await app.SignedInClientAsync("beheer@bestuur.nl", demo, BoardRole.None, systemAdministrator: true);

        Assert.Equal(HttpStatusCode.Forbidden, (await boardAdministrator.DeleteAsync($"/api/v1/users/{anna.Id}/two-factor", Ct)).StatusCode);
        Assert.True((await UserAsync()).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{anna.Id}/two-factor", Ct)).StatusCode);
        Assert.False((await UserAsync()).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/users/{Guid.NewGuid()}/two-factor", Ct)).StatusCode);
        Assert.Contains((await admin.GetFromJsonAsync<List<Features.Accounts.UserDto>>("/api/v1/users", RegieApp.Json, Ct))!, u => u.Email == Anna && !u.TwoFactor);
    }

    [Fact]
    public async Task TheSecondStepWithoutAPasswordStepSaysToStartAgain()
    {
        var html = await app.AnonymousClient().GetStringAsync("/account/signin/code", Ct);

        Assert.Contains("Er is geen aanmelding bezig", html);
        Assert.DoesNotContain("id=\"signin-code\"", html);
    }

    [Fact]
    public async Task ASystemAdministratorWithoutASecondFactorIsSentToSetOneUpFirst()
    {
        await using var required = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting(AdministratorTwoFactor.Setting, "true"));
        await app.CreateUserAsync("beheer@bestuur.nl", systemAdministrator: true);
        var admin = required.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await RegieApp.SignInAsync(admin, "beheer@bestuur.nl");

        var users = await admin.GetAsync("/users", Ct);
        var api = await admin.GetAsync("/api/v1/users", Ct);

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/account/two-factor", users.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("Als systeembeheerder stel je eerst een tweede factor in", await admin.GetStringAsync("/account/two-factor", Ct));

        await AuthenticatorApp.EnrolAsync(admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/users", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/users", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheSharedKeyIsStoredSealedAndSigningInWithACodeStillWorks()
    {
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());

        var stored = await StoredKeyAsync();
        Assert.StartsWith(SealedAuthenticatorKeys.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyInClear(authenticator), stored, StringComparison.OrdinalIgnoreCase);
        var client = app.AnonymousClient();
        await PasswordAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await CodeAsync(client, authenticator.Code(AuthenticatorApp.Now + 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task AKeyStoredInClearBeforeKeysWereSealedStillWorksAndIsSealedAtTheNextStart()
    {
        var (authenticator, _, _) = await AuthenticatorApp.EnrolAsync(await AnnaAsync());
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await KeyRows(db).ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, KeyInClear(authenticator)), Ct);
        }

        var client = app.AnonymousClient();
        await PasswordAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await CodeAsync(client, authenticator.Code(AuthenticatorApp.Now + 1))).StatusCode);
        Assert.Equal(KeyInClear(authenticator), await StoredKeyAsync());

        await using var restarted = app.SignInRequired.WithWebHostBuilder(_ => { });
        _ = restarted.Server;

        var stored = await StoredKeyAsync();
        Assert.StartsWith(SealedAuthenticatorKeys.Prefix, stored, StringComparison.Ordinal);
        var keys = restarted.Services.GetRequiredService<IAuthenticatorKeyProtector>();
        Assert.Equal(KeyInClear(authenticator), keys.Unprotect(stored[SealedAuthenticatorKeys.Prefix.Length..]));
    }

    private static string KeyInClear(AuthenticatorApp authenticator) => authenticator.Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static IQueryable<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>> KeyRows(RegieDbContext db) =>
        db.Set<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().Where(t => t.Name == "AuthenticatorKey" && db.Users.Any(u => u.Id == t.UserId && u.Email == Anna));

    private async Task<string> StoredKeyAsync()
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return (await KeyRows(db).Select(t => t.Value).SingleAsync(Ct))!;
    }

    [Fact]
    public async Task TheSetUpPageSpeaksEnglish()
    {
        var client = await AnnaAsync();
        client.DefaultRequestHeaders.Add("Cookie", $"{UiText.Cookie}=en");

        var html = await client.GetStringAsync("/account/two-factor", Ct);

        Assert.Contains("The second factor is off.", html);
        Assert.Contains("Link an authenticator app", html);
    }

    private async Task<HttpClient> AnnaAsync()
    {
        await app.CreateUserAsync(Anna, false, (await app.DemoBoardIdAsync(), BoardRole.Editor));
        var client = app.AnonymousClient();
        Assert.Equal("/services", (await PasswordAsync(client)).Headers.Location!.ToString());
        return client;
    }

    private async Task<RegieUser> UserAsync()
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == Anna, Ct);
    }

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client) =>
        FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", Anna), new("Password", RegieApp.TestPassword), new("ReturnUrl", "/services")]);

    private static Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        FormPost.SubmitAsync(client, "/account/signin/code", "/account/signin/code", [new("Code", code), new("ReturnUrl", "/services")]);
}
