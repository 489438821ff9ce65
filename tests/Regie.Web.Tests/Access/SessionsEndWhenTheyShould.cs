using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// A session is a sealed cookie; it ends for real at sign-out and when the password changes (ASVS 3.3.1, 3.3.3): the
/// tenancy step compares the cookie's security stamp with the stored one on every request. And the cookie's name and
/// flags on a server others reach (3.4.1, 3.4.4).
/// </summary>
public sealed partial class SessionsEndWhenTheyShould(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACopiedCookieIsRefusedOnceItsSessionSignedOut()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("lezer@bestuur.nl", false, (demo, BoardRole.Reader));
        var browser = new CookieJar(app.SignInRequired.CreateClient(NoRedirects));
        await browser.SignInAsync("lezer@bestuur.nl");
        var stolen = browser.Copy();
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/api/v1/services")).StatusCode);

        var signedOut = await browser.SubmitAsync("/services", "/account/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync("/api/v1/services")).StatusCode);
        var page = await stolen.GetAsync("/services");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/signin", page.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnAdministratorsNewPasswordEndsTheUsersOtherSessionAtItsNextRequest()
    {
        var demo = await app.DemoBoardIdAsync();
        var anna = await app.CreateUserAsync("anna@bestuur.nl", false, (demo, BoardRole.Editor));
        var annasLaptop = app.AnonymousClient();
        await RegieApp.SignInAsync(annasLaptop, "anna@bestuur.nl");
        Assert.Equal(HttpStatusCode.OK, (await annasLaptop.GetAsync("/api/v1/services", Ct)).StatusCode);

        var admin = await app.SignedInClientAsync("beheer@bestuur.nl", demo, BoardRole.None, systemAdministrator: true);
        var reset = await admin.PutAsJsonAsync($"/api/v1/users/{anna}/password", new { password = "een heel nieuw wachtwoord" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await annasLaptop.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/users", Ct)).StatusCode);
    }

    [Fact]
    public async Task ChangingTheOwnPasswordEndsTheOtherSessionsButKeepsThisOneAndIsAudited()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("piet@bestuur.nl", false, (demo, BoardRole.Reader));
        var here = app.AnonymousClient();
        var elsewhere = app.AnonymousClient();
        await RegieApp.SignInAsync(here, "piet@bestuur.nl");
        await RegieApp.SignInAsync(elsewhere, "piet@bestuur.nl");

        var changed = await ChangeAsync(here, RegieApp.TestPassword, "zeven boeken op de plank", "zeven boeken op de plank");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Je wachtwoord is gewijzigd.", await here.GetStringAsync(changed.Headers.Location!.ToString(), Ct));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/services", Ct)).StatusCode);
        var again = app.AnonymousClient();
        await RegieApp.SignInAsync(again, "piet@bestuur.nl", "zeven boeken op de plank");
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var audit = db.AuditEntries.IgnoreTenant().Where(a => a.Entity == nameof(RegieUser) && a.Actor == "piet@bestuur.nl").ToList();
        Assert.Contains(audit, a => a.Action == "Modified" && a.NewValues!.Contains("PasswordHash") && !a.NewValues.Contains("AQAAAA"));
    }

    [Fact]
    public async Task AWrongCurrentPasswordOrACommonNewOneIsRefusedInDutchAndInEnglish()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("piet@bestuur.nl", false, (demo, BoardRole.Reader));
        var client = app.AnonymousClient();
        await RegieApp.SignInAsync(client, "piet@bestuur.nl");

        var wrong = await ChangeAsync(client, "niet mijn wachtwoord", "zeven boeken op de plank", "zeven boeken op de plank");
        var common = await ChangeAsync(client, RegieApp.TestPassword, "password123456", "password123456");
        var different = await ChangeAsync(client, RegieApp.TestPassword, "zeven boeken op de plank", "zeven boeken op de kast");
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");
        var english = await ChangeAsync(client, "niet mijn wachtwoord", "zeven boeken op de plank", "zeven boeken op de plank");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Het huidige wachtwoord klopt niet.", await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Contains("veelgebruikte en gelekte wachtwoorden", await common.Content.ReadAsStringAsync(Ct));
        Assert.Contains("De twee nieuwe wachtwoorden zijn niet gelijk.", await different.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The current password is wrong.", await english.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode); // nothing changed
    }

    [Fact]
    public async Task OnLoopbackTheCookiesKeepTheirOldNames()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("lezer@bestuur.nl", false, (demo, BoardRole.Reader));
        var browser = new CookieJar(app.SignInRequired.CreateClient(NoRedirects));

        var signIn = await browser.SignInAsync("lezer@bestuur.nl");

        var auth = SetCookie(signIn, "regie-auth");
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.DoesNotContain("__Host-", string.Join("\n", signIn.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task BehindAReverseProxyTheCookiesAreHostOnlyAndSecureAndSigningInWorks()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("lezer@bestuur.nl", false, (demo, BoardRole.Reader));
        using var proxied = app.SignInRequired.WithWebHostBuilder(b => b
            .UseSetting("Regie:AllowedHosts", "regie.bestuur.nl")
            .UseSetting("Regie:ReverseProxy:Enabled", "true")
            .UseSetting("Regie:ReverseProxy:KnownProxies", "10.0.0.5")
            .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromProxy())));
        var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://regie.bestuur.nl") });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.44");
        var browser = new CookieJar(client);

        var form = await browser.GetAsync("/account/signin");
        var signIn = await browser.SignInAsync("lezer@bestuur.nl");

        var antiforgery = SetCookie(form, "__Host-regie-antiforgery");
        Assert.Contains("secure", antiforgery);
        Assert.Contains("path=/;", antiforgery + ";");
        Assert.DoesNotContain("domain=", antiforgery);
        var auth = SetCookie(signIn, "__Host-regie-auth");
        Assert.Contains("secure", auth);
        Assert.Contains("httponly", auth);
        Assert.Contains("path=/;", auth + ";");
        Assert.DoesNotContain("domain=", auth);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/services")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/services")).StatusCode);
    }

    [Fact]
    public async Task OverHttpsOnTheTestHostSigningInWorksWithTheSecureCookie()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("lezer@bestuur.nl", false, (demo, BoardRole.Reader));
        using var proxied = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting("Regie:ReverseProxy:Enabled", "true"));
        // The factory's own cookie store, as a browser keeps cookies: it sends a Secure cookie over https only.
        var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

        await RegieApp.SignInAsync(client, "lezer@bestuur.nl");
        var page = await client.GetAsync("/services", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lezer@bestuur.nl", await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SubmitAsync(client, "/services", "/account/signout", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task OnEveryAddressOverPlainHttpTheSignInPageSaysToUseHttps()
    {
        await using var server = new RegieApp();
        server.UseKestrel(o => o.Listen(IPAddress.Any, 0));
        server.StartServer();
        var address = server.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{new Uri(address.Replace("0.0.0.0", "localhost")).Port}") };

        var page = await client.GetAsync("/account/signin", Ct);

        Assert.Contains("id=\"https-needed\"", await page.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("__Host-regie-antiforgery=", Assert.Single(page.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        var signInOnLoopback = await app.SignInRequired.CreateClient().GetStringAsync("/account/signin", Ct);
        Assert.DoesNotContain("https-needed", signInOnLoopback);
    }

    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false, HandleCookies = false };

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string replacement, string repeated) =>
        FormPost.SubmitAsync(client, "/account/password", "/account/password",
            [new("Current", current), new("New", replacement), new("Repeated", repeated)]);

    /// <summary>The Set-Cookie header for one cookie name, lower case.</summary>
    private static string SetCookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), h => h.StartsWith(name + "=", StringComparison.Ordinal)).ToLowerInvariant();

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>
    /// A browser whose cookies the test can see and copy: it keeps what Set-Cookie says (a past expiry deletes) and sends
    /// every cookie it has, whatever the scheme, so that a copy can be replayed as an attacker would.
    /// </summary>
    private sealed partial class CookieJar(HttpClient client, Dictionary<string, string>? cookies = null)
    {
        private readonly Dictionary<string, string> cookies = cookies ?? [];

        public CookieJar Copy() => new(client, new(cookies));

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        public async Task<HttpResponseMessage> SubmitAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
        {
            var html = await (await GetAsync(page)).Content.ReadAsStringAsync(Ct);
            var token = Token().Match(html).Groups[1].Value;
            Assert.NotEmpty(token);
            return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action)
            {
                Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]),
            });
        }

        public async Task<HttpResponseMessage> SignInAsync(string email)
        {
            var response = await SubmitAsync("/account/signin", "/account/signin",
                [new("Email", email), new("Password", RegieApp.TestPassword), new("ReturnUrl", "/")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response;
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await client.SendAsync(request, Ct);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(pair[0]);
                }
                else
                {
                    cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}
