using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

public sealed class RateLimitsOnCostlyRequests(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ASecondDiscoveryRunWithinTheMinuteGets429InDutchAndReadingStillWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:discovery-runs", "1"));
        var client = limited.CreateClient();

        // Domains that are refused before any DNS query: the first request still counts.
        var first = await client.PostAsJsonAsync("/api/v1/discovery/runs", new { domains = new[] { "geen domein!" } }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        var second = await client.PostAsJsonAsync("/api/v1/discovery/runs", new { domains = new[] { "geen domein!" } }, ct);

        await AssertTooManyAsync(second);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/discovery/runs", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/discovery/runs", ct)).StatusCode);
    }

    [Fact]
    public async Task TheDiscoveryPagesRunButtonIsLimitedItsOtherButtonsAreNot()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:discovery-runs", "1"));
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var save = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Domains", [new("Domains", "geen domein!")]);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, save.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/discovery", ct)).StatusCode);
        }

        var run = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Run", [new("Domains", "geen domein!")]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, run.StatusCode);
        await AssertTooManyPageAsync(await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Run", [new("Domains", "geen domein!")]), english: false);
    }

    [Fact]
    public async Task ImportsAreLimitedPerClient()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:imports", "2"));
        var client = limited.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var refused = await client.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        await AssertTooManyAsync(await client.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct));
    }

    [Fact]
    public async Task SignInAttemptsAreLimitedButOpeningTheSignInPageIsNot()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:sign-in", "2"));
        var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            var wrong = await FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", "iemand@bestuur.nl"), new("Password", "fout wachtwoord 1")]);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, wrong.StatusCode);
        }

        var refused = await FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", "iemand@bestuur.nl"), new("Password", "fout wachtwoord 2")]);
        var page = await AssertTooManyPageAsync(refused, english: false);
        Assert.DoesNotContain("fout wachtwoord", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin", ct)).StatusCode);
    }

    [Fact]
    public async Task ARefusedSignInInEnglishModeGetsAnEnglishPageAndTheApiStillItsProblemDocument()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:sign-in", "1").UseSetting("Regie:RateLimits:imports", "1"));
        var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");

        await FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", "someone@board.nl"), new("Password", "wrong password 1")]);
        var refused = await FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", "someone@board.nl"), new("Password", "wrong password 2")]);
        await AssertTooManyPageAsync(refused, english: true);

        // Laptop mode, so that the import API answers without a session: its refusal stays a problem document.
        using var laptop = app.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:imports", "1"));
        var api = laptop.CreateClient();
        await api.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct);
        await AssertTooManyAsync(await api.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct));
    }

    [Theory]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void AnIpv6ClientCountsAsItsWholeSlash64(string address, string client) =>
        Assert.Equal(client, Regie.Web.Infrastructure.RateLimits.Client(IPAddress.Parse(address)));

    [Fact]
    public async Task SignInAttemptsFromOneIpv6NetworkShareOneLimit()
    {
        using var limited = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:sign-in", "1"));
        async Task<HttpStatusCode> AttemptFromAsync(string address)
        {
            var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add(RegieApp.ClientAddressHeader, address);
            return (await FormPost.SubmitAsync(client, "/account/signin", "/account/signin", [new("Email", "iemand@bestuur.nl"), new("Password", "fout wachtwoord")])).StatusCode;
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, await AttemptFromAsync("2001:db8:5:6::1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptFromAsync("2001:db8:5:6::2"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await AttemptFromAsync("2001:db8:5:7::1"));
    }

    [Fact]
    public async Task EachPolicyCountsOnItsOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:imports", "1").UseSetting("Regie:RateLimits:discovery-runs", "1"));
        var client = limited.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct)).StatusCode);
        var run = await client.PostAsJsonAsync("/api/v1/discovery/runs", new { domains = new[] { "geen domein!" } }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        await AssertTooManyAsync(await client.PostAsync("/api/v1/import?fileName=leeg.csv", new StringContent(""), ct));
    }

    /// <summary>A page's refusal: the error page as HTML in the reader's language, saying the seconds Retry-After says.</summary>
    private static async Task<string> AssertTooManyPageAsync(HttpResponseMessage response, bool english)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\"title\"", html, StringComparison.Ordinal);
        var unit = english ? (seconds == 1 ? "second" : "seconds") : (seconds == 1 ? "seconde" : "seconden");
        Assert.Contains(english
            ? "<h1>Too many requests</h1>"
            : "<h1>Te veel verzoeken</h1>", html, StringComparison.Ordinal);
        Assert.Contains(english
            ? $"You did this too often in a short time. Try again in {seconds} {unit}."
            : $"Je hebt dit in korte tijd te vaak gedaan. Probeer het over {seconds} {unit} opnieuw.", html, StringComparison.Ordinal);
        SecurityHeadersOnEveryResponse.AssertHardened(response, "429 page");
        return html;
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Te veel verzoeken", problem.GetProperty("title").GetString());
        Assert.StartsWith("Je hebt dit in korte tijd te vaak gedaan.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        SecurityHeadersOnEveryResponse.AssertHardened(response, "429");
    }
}
