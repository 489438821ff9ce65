using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>With sign-in required (a server on the network): pages send a visitor to the sign-in page, the API answers 401.</summary>
public sealed class SigningIn(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheApiAnswers401WithAProblemDocumentToAnAnonymousCaller()
    {
        foreach (var path in new[] { "/api/v1/services", "/openapi/v1.json" })
        {
            var response = await app.AnonymousClient().GetAsync(path, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Niet aangemeld", await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task APageSendsAnAnonymousVisitorToTheSignInPageAndBack()
    {
        var response = await app.AnonymousClient().GetAsync("/services", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/signin?ReturnUrl=%2Fservices", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheSignInPageShowsNoBoardAndNoMenu()
    {
        var html = await app.AnonymousClient().GetStringAsync("/account/signin", Ct);

        Assert.Contains("Aanmelden", html);
        Assert.DoesNotContain("board-switch", html);
        Assert.DoesNotContain("href=\"/services\"", html);
    }

    [Fact]
    public async Task AReaderSignsInAndReadsTheBoard()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader);

        var page = await client.GetAsync("/services", Ct);
        var api = await client.GetAsync("/api/v1/services", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lezer@bestuur.nl", await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddressCostsThePasswordHashAKnownOneDoes()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("anna@bestuur.nl", false, (demo, BoardRole.Editor));
        var hasher = new CountingHasher();
        await using var counted = app.SignInRequired.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<RegieUser>>(_ => hasher)));
        var client = counted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInResponseAsync(client, "anna@bestuur.nl", "niet het wachtwoord")).StatusCode);
        Assert.Equal(1, hasher.Verified);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInResponseAsync(client, "niemand@bestuur.nl", "niet het wachtwoord")).StatusCode);
        Assert.Equal(2, hasher.Verified);
    }

    /// <summary>Identity's own hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.IPasswordHasher<RegieUser>
    {
        private readonly Microsoft.AspNetCore.Identity.PasswordHasher<RegieUser> inner = new();

        public int Verified { get; private set; }

        public string HashPassword(RegieUser user, string password) => inner.HashPassword(user, password);

        public Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(RegieUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutSayingWhetherTheAddressExists()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("anna@bestuur.nl", false, (demo, BoardRole.Editor));

        var wrongPassword = await SignInResponseAsync(app.AnonymousClient(), "anna@bestuur.nl", "niet het wachtwoord");
        var unknownUser = await SignInResponseAsync(app.AnonymousClient(), "niemand@bestuur.nl", "niet het wachtwoord");

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await wrongPassword.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await unknownUser.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndAnAdministratorsNewPasswordUnlocksIt()
    {
        var demo = await app.DemoBoardIdAsync();
        var anna = await app.CreateUserAsync("anna@bestuur.nl", false, (demo, BoardRole.Editor));
        for (var i = 0; i < 5; i++)
        {
            await SignInResponseAsync(app.AnonymousClient(), "anna@bestuur.nl", "niet het wachtwoord");
        }

        var locked = await SignInResponseAsync(app.AnonymousClient(), "anna@bestuur.nl", RegieApp.TestPassword);
        Assert.Contains("tijdelijk geblokkeerd", await locked.Content.ReadAsStringAsync(Ct));

        var admin = await app.SignedInClientAsync("beheer@bestuur.nl", demo, BoardRole.None, systemAdministrator: true);
        var reset = await admin.PutAsJsonAsync($"/api/v1/users/{anna}/password", new { password = "een heel nieuw wachtwoord" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        var client = app.AnonymousClient();
        await RegieApp.SignInAsync(client, "anna@bestuur.nl", "een heel nieuw wachtwoord");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsShowTheSameLockForAnAddressWithoutAnAccount()
    {
        var demo = await app.DemoBoardIdAsync();
        await app.CreateUserAsync("anna@bestuur.nl", false, (demo, BoardRole.Editor));
        var answers = new Dictionary<string, List<string>>();
        // An unknown address no other test uses: the app keeps that lockout in memory, which a fresh database does not reset.
        foreach (var address in new[] { "anna@bestuur.nl", "nooit-aangemaakt@bestuur.nl" })
        {
            answers[address] = [];
            for (var i = 0; i < 6; i++)
            {
                var response = await SignInResponseAsync(app.AnonymousClient(), address, "niet het wachtwoord");
                var page = await response.Content.ReadAsStringAsync(Ct);
                answers[address].Add($"{(int)response.StatusCode} {(page.Contains("tijdelijk geblokkeerd") ? "geblokkeerd" : page.Contains("klopt niet") ? "klopt niet" : "?")}");
            }
        }

        Assert.Equal(["400 klopt niet", "400 klopt niet", "400 klopt niet", "400 klopt niet", "400 geblokkeerd", "400 geblokkeerd"], answers["anna@bestuur.nl"]);
        Assert.Equal(answers["anna@bestuur.nl"], answers["nooit-aangemaakt@bestuur.nl"]);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader);

        var signedOut = await FormPost.SubmitAsync(client, "/services", "/account/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task AChangeIsAuditedWithTheUsersAddress()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = await app.SignedInClientAsync("bewerker@bestuur.nl", demo, BoardRole.Editor);

        var created = await client.PostAsJsonAsync("/api/v1/companies", new { name = "Schoolsoftware Noord BV", country = "NL" }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.Contains(db.AuditEntries.IgnoreTenant().Where(a => a.Entity == nameof(LocalCompanyEntity)).ToList(), a => a.Actor == "bewerker@bestuur.nl");
    }

    [Fact]
    public void OnlyLoopbackAddressesAreLaptopMode()
    {
        Assert.True(LaptopMode.IsLoopback("http://127.0.0.1:5000"));
        Assert.True(LaptopMode.IsLoopback("http://127.1.2.3:5000"));
        Assert.True(LaptopMode.IsLoopback("http://[::1]:5000"));
        Assert.True(LaptopMode.IsLoopback("http://localhost:5000"));
        Assert.False(LaptopMode.IsLoopback("http://0.0.0.0:5000"));
        Assert.False(LaptopMode.IsLoopback("http://*:80"));
        Assert.False(LaptopMode.IsLoopback("http://+:80"));
        Assert.False(LaptopMode.IsLoopback("http://[::]:5000"));
        Assert.False(LaptopMode.IsLoopback("http://192.168.1.10:5000"));
        Assert.False(LaptopMode.IsLoopback("https://regie.bestuur.nl"));
    }

    private static Task<HttpResponseMessage> SignInResponseAsync(HttpClient client, string email, string password) =>
        FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", email), new("Password", password)]);
}

internal static class AuditQueries
{
    public static IQueryable<AuditEntry> IgnoreTenant(this Microsoft.EntityFrameworkCore.DbSet<AuditEntry> audit) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(audit, [RegieDbContext.TenantFilter]);
}
