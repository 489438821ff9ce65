using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

/// <summary>
/// Security events reach the log (ASVS 7.1.3, 7.2.1, 7.2.2) with who and from where, through a real logging provider in
/// the test host; passwords and token secrets never do.
/// </summary>
public sealed class SecurityEventsInTheLog(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IReadOnlyList<LogEntry> Events(int id) => app.Logs.Events(SecurityEvents.Category, id);

    /// <summary>A client of the sign-in-required app that comes from <paramref name="address"/>.</summary>
    private HttpClient ClientFrom(string address)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add(RegieApp.ClientAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", email), new("Password", password), new("ReturnUrl", "/")]);

    [Fact]
    public async Task AFailedAndASuccessfulSignInAreLoggedWithUserAndAddressButNeverThePassword()
    {
        var demo = await app.DemoBoardIdAsync();
        var ilse = await app.CreateUserAsync("ilse@school.nl", false, (demo, BoardRole.Reader));
        var client = ClientFrom("192.0.2.10");

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "ilse@school.nl", "Fout-Wachtwoord-4711!")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "niemand@school.nl", "Ander-Geheim-0815?")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "ilse@school.nl", RegieApp.TestPassword)).StatusCode);

        var failed = Assert.Single(Events(SecurityEvents.Ids.SignInFailed), e => e["UserName"] == "ilse@school.nl");
        Assert.Equal((ilse.ToString(), "192.0.2.10", "/account/signin"), (failed["UserId"], failed["ClientAddress"], failed["Path"]));
        var unknown = Assert.Single(Events(SecurityEvents.Ids.SignInFailed), e => e["UserName"] == "niemand@school.nl");
        Assert.Equal(((string?)null, "192.0.2.10"), (unknown["UserId"], unknown["ClientAddress"]));
        var signedIn = Assert.Single(Events(SecurityEvents.Ids.SignedIn), e => e["UserName"] == "ilse@school.nl");
        Assert.Equal((ilse.ToString(), "192.0.2.10", "password"), (signedIn["UserId"], signedIn["ClientAddress"], signedIn["Method"]));

        var everything = app.Logs.AllText;
        Assert.DoesNotContain("Fout-Wachtwoord-4711!", everything);
        Assert.DoesNotContain("Ander-Geheim-0815?", everything);
        Assert.DoesNotContain(RegieApp.TestPassword, everything);
    }

    [Fact]
    public async Task FiveWrongPasswordsAreLoggedAsALockout()
    {
        var demo = await app.DemoBoardIdAsync();
        var joost = await app.CreateUserAsync("joost@school.nl", false, (demo, BoardRole.Editor));
        var client = ClientFrom("198.51.100.3");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(client, "joost@school.nl", "nog-steeds-fout-" + attempt);
        }

        Assert.Equal(4, Events(SecurityEvents.Ids.SignInFailed).Count(e => e["UserId"] == joost.ToString()));
        var locked = Assert.Single(Events(SecurityEvents.Ids.LockedOut), e => e["UserId"] == joost.ToString());
        Assert.Equal(("joost@school.nl", "198.51.100.3"), (locked["UserName"], locked["ClientAddress"]));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, locked.Level);
    }

    [Fact]
    public async Task RefusedTokensAreLoggedWithTheirReasonButNeverTheSecretOrItsHash()
    {
        var demo = await app.DemoBoardIdAsync();
        var karin = await app.CreateUserAsync("karin@school.nl", false, (demo, BoardRole.Editor));
        var unknown = ApiTokenSecret.New();
        var revoked = await app.CreateTokenAsync(karin, demo, BoardRole.Reader);
        var expired = await app.CreateTokenAsync(karin, demo, BoardRole.Reader, TimeSpan.FromDays(-1));
        Guid revokedId, expiredId;
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var revokedHash = ApiTokenSecret.Hash(revoked);
            await db.ApiTokens.Where(t => t.SecretHash == revokedHash).ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, DateTimeOffset.UtcNow), Ct);
            revokedId = await db.ApiTokens.Where(t => t.SecretHash == revokedHash).Select(t => t.Id).SingleAsync(Ct);
            var expiredHash = ApiTokenSecret.Hash(expired);
            expiredId = await db.ApiTokens.Where(t => t.SecretHash == expiredHash).Select(t => t.Id).SingleAsync(Ct);
        }

        foreach (var secret in new[] { unknown, revoked, expired })
        {
            var client = ClientFrom("203.0.113.77");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
        }

        var valid = await app.CreateTokenAsync(karin, demo, BoardRole.Reader);
        var withValid = ClientFrom("203.0.113.78");
        withValid.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", valid);
        Assert.Equal(HttpStatusCode.OK, (await withValid.GetAsync("/api/v1/services", Ct)).StatusCode);
        var accepted = Assert.Single(Events(SecurityEvents.Ids.TokenAccepted), e => e["ClientAddress"] == "203.0.113.78");
        Assert.Equal(("karin@school.nl", Microsoft.Extensions.Logging.LogLevel.Debug), (accepted["UserName"], accepted.Level));

        var refused = Events(SecurityEvents.Ids.TokenRefused).Where(e => e["ClientAddress"] == "203.0.113.77").ToList();
        Assert.Contains(refused, e => e["Reason"] == "Unknown" && e["TokenId"] == null && e["Path"] == "/api/v1/services");
        Assert.Contains(refused, e => e["Reason"] == "Revoked" && e["TokenId"] == revokedId.ToString() && e["UserName"] == "karin@school.nl");
        Assert.Contains(refused, e => e["Reason"] == "Expired" && e["TokenId"] == expiredId.ToString() && e["UserId"] == karin.ToString());

        var everything = app.Logs.AllText;
        foreach (var secret in new[] { unknown, revoked, expired, valid })
        {
            Assert.DoesNotContain(secret, everything);
            Assert.DoesNotContain(secret[ApiTokenSecret.Prefix.Length..], everything);
            Assert.DoesNotContain(ApiTokenSecret.Hash(secret), everything);
        }
    }

    [Fact]
    public async Task A403FromTheBoardsRulesAndA404ForAnotherBoardAreLoggedWithTheUser()
    {
        var demo = await app.DemoBoardIdAsync();
        var other = await app.CreateBoardAsync("Stichting Elders");
        await app.CreateUserAsync("lezer@school.nl", false, (demo, BoardRole.Reader));
        var reader = ClientFrom("192.0.2.33");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(reader, "lezer@school.nl", RegieApp.TestPassword)).StatusCode);

        var write = await reader.PostAsJsonAsync("/api/v1/services", new { name = "Stiekem" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var denied = Assert.Single(Events(SecurityEvents.Ids.AccessDenied), e => e["UserName"] == "lezer@school.nl");
        Assert.Equal(("board role Editor", "Reader", demo.ToString(), "POST", "/api/v1/services", "192.0.2.33"),
            (denied["Requirement"], denied["Role"], denied["BoardId"], denied["Method"], denied["Path"], denied["ClientAddress"]));

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        elsewhere.Headers.Add("X-Regie-Organisation", other.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.SendAsync(elsewhere, Ct)).StatusCode);
        var notFound = Assert.Single(Events(SecurityEvents.Ids.BoardNotFound), e => e["UserName"] == "lezer@school.nl");
        Assert.Equal((other.ToString(), "192.0.2.33"), (notFound["BoardId"], notFound["ClientAddress"]));
    }

    [Fact]
    public async Task A429FromTheRateLimiterIsLoggedWithTheAddressAndThePolicy()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting(LaptopMode.Setting, "required").UseSetting("Regie:RateLimits:sign-in", "1"));
        var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(RegieApp.ClientAddressHeader, "198.51.100.99");
        var form = new Dictionary<string, string> { ["Email"] = "x@y.nl", ["Password"] = "geheim-in-een-formulier" };

        await client.PostAsync("/account/signin", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/account/signin", new FormUrlEncodedContent(form), Ct)).StatusCode);

        var limitedEvent = Assert.Single(Events(SecurityEvents.Ids.RateLimited), e => e["ClientAddress"] == "198.51.100.99");
        Assert.Equal(("sign-in", "/account/signin"), (limitedEvent["Policy"], limitedEvent["Path"]));
        Assert.DoesNotContain("geheim-in-een-formulier", app.Logs.AllText);
    }

    [Fact]
    public async Task AnAdministratorsPasswordResetAndRoleChangeAndASignOutAreLoggedWithWhoDidIt()
    {
        var demo = await app.DemoBoardIdAsync();
        var admin = await app.CreateUserAsync("beheer@bestuur.nl", systemAdministrator: true);
        var mila = await app.CreateUserAsync("mila@school.nl", false, (demo, BoardRole.Reader));
        var client = ClientFrom("192.0.2.200");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "beheer@bestuur.nl", RegieApp.TestPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PutAsJsonAsync($"/api/v1/users/{mila}/password", new { password = "Een-Heel-Nieuw-Wachtwoord-2026" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PutAsJsonAsync("/api/v1/organisations/current/members", new { email = "mila@school.nl", role = "Editor" }, RegieApp.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SubmitAsync(client, "/account/tokens", "/account/signout", [])).StatusCode);

        var reset = Assert.Single(Events(SecurityEvents.Ids.PasswordReset), e => e["TargetUserId"] == mila.ToString());
        Assert.Equal(("beheer@bestuur.nl", admin.ToString(), "192.0.2.200"), (reset["UserName"], reset["UserId"], reset["ClientAddress"]));
        var role = Assert.Single(Events(SecurityEvents.Ids.RoleChanged), e => e["TargetUserName"] == "mila@school.nl");
        Assert.Equal(("Editor", demo.ToString(), "beheer@bestuur.nl", "192.0.2.200"), (role["Role"], role["BoardId"], role["UserName"], role["ClientAddress"]));
        var signedOut = Assert.Single(Events(SecurityEvents.Ids.SignedOut), e => e["UserId"] == admin.ToString());
        Assert.Equal(("beheer@bestuur.nl", "192.0.2.200"), (signedOut["UserName"], signedOut["ClientAddress"]));
        Assert.DoesNotContain("Een-Heel-Nieuw-Wachtwoord-2026", app.Logs.AllText);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenAndAMethodTheRouteLacksAreLoggedAsRefusedRequests()
    {
        var client = ClientFrom("192.0.2.61");
        Assert.Equal(HttpStatusCode.BadRequest,
            (await client.PostAsync("/account/signin", new FormUrlEncodedContent([new("Email", "a@b.nl"), new("Password", "zonder-token-geheim")]), Ct)).StatusCode);
        var laptop = app.CreateClient();
        laptop.DefaultRequestHeaders.Add(RegieApp.ClientAddressHeader, "127.0.0.61");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await laptop.DeleteAsync("/api/v1/services", Ct)).StatusCode);

        var refused = Events(SecurityEvents.Ids.RequestRefused);
        Assert.Contains(refused, e => e["Status"] == "400" && e["Method"] == "POST" && e["Path"] == "/account/signin" && e["ClientAddress"] == "192.0.2.61");
        Assert.Contains(refused, e => e["Status"] == "405" && e["Method"] == "DELETE" && e["UserName"] == "laptop" && e["ClientAddress"] == "127.0.0.61");
        Assert.DoesNotContain("zonder-token-geheim", app.Logs.AllText);
    }

    [Fact]
    public async Task ARequestForAHostNotAllowedIsLoggedWithThatHost()
    {
        // The host filter runs before the test's stand-in for the client address, so the event is found by its path.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        request.Headers.Host = "evil.example:5080";

        Assert.Equal(HttpStatusCode.BadRequest, (await app.AnonymousClient().SendAsync(request, Ct)).StatusCode);

        var refused = Assert.Single(Events(SecurityEvents.Ids.RequestRefused), e => e["Host"] != "localhost");
        Assert.Equal(("400", "evil.example:5080", "GET", "/api/v1/services"), (refused["Status"], refused["Host"], refused["Method"], refused["Path"]));
    }

    [Fact]
    public void AHostHeaderWithLineBreaksOrOfAnyLengthStaysOneShortLogLine()
    {
        var forged = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        forged.Request.Headers.Host = "evil.example\r\n7001 SignedIn: beheer@bestuur.nl\u001b[2J\u202E";
        Assert.Equal("evil.example??7001 SignedIn: beheer@bestuur.nl?[2J?", SecurityEvents.Host(forged));

        var endless = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        endless.Request.Headers.Host = new string('a', 10_000) + ".example";
        Assert.Equal(new string('a', 200) + "…", SecurityEvents.Host(endless));

        Assert.Equal("-", SecurityEvents.Host(new Microsoft.AspNetCore.Http.DefaultHttpContext()));
    }

    [Fact]
    public void TextAVisitorTypedCannotStartASecondLogLine()
    {
        Assert.Equal("a??b?c?d", SecurityEvents.Clean("a\r\nb\u202Ec\u001bd"));
        Assert.Equal(201, SecurityEvents.Clean(new string('a', 500)).Length);
    }
}
