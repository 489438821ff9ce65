using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

public sealed class BehindAReverseProxy(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ByDefaultNoHstsAndForwardedHeadersAreIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new HttpRequestMessage(HttpMethod.Get, "https://regie.example/api/v1/services");
        request.Headers.Host = "localhost";
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await app.CreateClient().SendAsync(request, ct);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithTheProxyTrustedItsSchemeCountsAndHttpsAnswersCarryHsts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var proxied = Proxied(enabled: true, sender: "10.0.0.5", hsts: true);
        var client = proxied.CreateClient();

        // Behind a proxy the visitor is on the network: the sign-in page answers, the API wants a signed-in caller.
        var viaProxy = new HttpRequestMessage(HttpMethod.Get, "http://regie.bestuur.nl/account/signin");
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        viaProxy.Headers.Add("X-Forwarded-For", "192.0.2.44");
        var response = await client.SendAsync(viaProxy, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);

        var plain = await client.GetAsync("http://regie.bestuur.nl/account/signin", ct);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("http://regie.bestuur.nl/api/v1/services", ct)).StatusCode);
    }

    [Fact]
    public async Task AnUntrustedSenderCannotClaimHttps()
    {
        var ct = TestContext.Current.CancellationToken;
        using var proxied = Proxied(enabled: true, sender: "203.0.113.9", hsts: true);

        var request = new HttpRequestMessage(HttpMethod.Get, "http://regie.bestuur.nl/account/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await proxied.CreateClient().SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(false, "198.51.100.7", "Regie:ReverseProxy:Enabled is off")]
    [InlineData(true, "203.0.113.9", "is not among Regie:ReverseProxy:KnownProxies or KnownNetworks, so the header was ignored. If that address is your reverse proxy")]
    public async Task AForwardedAddressThatIsNotAppliedIsToldOnceWithTheSettingToChange(bool enabled, string sender, string told)
    {
        var ct = TestContext.Current.CancellationToken;
        using var proxied = Proxied(enabled, sender);
        var client = proxied.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "http://regie.bestuur.nl/account/signin");
            request.Headers.Add("X-Forwarded-For", "192.0.2.44");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, ct)).StatusCode);
        }

        var warnings = app.Logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains(sender, StringComparison.Ordinal)).ToList();
        Assert.Contains(told, Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForwardedAddressFromTheTrustedProxyIsAppliedWithoutAWord()
    {
        var ct = TestContext.Current.CancellationToken;
        using var proxied = Proxied(enabled: true, sender: "10.0.0.5");

        // One entry, and a chain whose first entry the client wrote itself (nginx appends): the proxy's entry is applied either way.
        foreach (var forwarded in new[] { "192.0.2.45", "198.51.100.1, 192.0.2.45" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "http://regie.bestuur.nl/account/signin");
            request.Headers.Add("X-Forwarded-For", forwarded);
            Assert.Equal(HttpStatusCode.OK, (await proxied.CreateClient().SendAsync(request, ct)).StatusCode);
        }

        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("X-Forwarded-For", StringComparison.Ordinal)
            && (e.Message.Contains("10.0.0.5", StringComparison.Ordinal) || e.Message.Contains("192.0.2.45", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DataProtectionKeysAreKeptInTheConfiguredFolderReadableOnlyByTheOwner()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), $"regie-keys-{Guid.NewGuid():N}");
        try
        {
            string sealedText;
            using (var first = app.WithWebHostBuilder(b => b.UseSetting("Regie:DataProtectionKeys", folder)))
            {
                sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("geheim");
                Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/import", ct)).StatusCode);
            }

            Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            }

            // A restart (a new host on the same folder) still opens what the first one sealed: cookies and forms survive.
            using var second = app.WithWebHostBuilder(b => b.UseSetting("Regie:DataProtectionKeys", folder));
            Assert.Equal("geheim", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The test server has no client address; this sets the one a request came from, as a socket would.</summary>
    /// <summary>The app as regie.bestuur.nl behind the proxy 10.0.0.5 (trusted when <paramref name="enabled"/>), every request arriving from <paramref name="sender"/>.</summary>
    private WebApplicationFactory<Program> Proxied(bool enabled, string sender, bool hsts = false) => app.WithWebHostBuilder(b => b
        .UseSetting("Regie:AllowedHosts", "regie.bestuur.nl")
        .UseSetting("Regie:ReverseProxy:Enabled", enabled ? "true" : "false")
        .UseSetting("Regie:ReverseProxy:KnownProxies", "10.0.0.5")
        .UseSetting("Regie:Hsts:Enabled", hsts ? "true" : "false")
        .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromAddress(sender))));

    private sealed class FromAddress(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
