using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

/// <summary>DNS rebinding: a page on evil.example that resolves to 127.0.0.1 reaches the app with Host: evil.example.</summary>
public sealed class OnlyTheHostsItIsMeantFor(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("192.168.1.20")]
    public async Task ARequestForAnotherHostIsRefusedAndChangesNothing(string host)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;

        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        read.Headers.Host = host;
        var refused = await client.SendAsync(read, ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        SecurityHeadersOnEveryResponse.AssertHardened(refused, $"Host: {host}");

        var write = new HttpRequestMessage(HttpMethod.Post, "/api/v1/services") { Content = JsonContent.Create(new { name = "Via rebinding", processes = new[] { "lesgeven" } }) };
        write.Headers.Host = host;
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(write, ct)).StatusCode);

        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("[::1]:5080")]
    public async Task LoopbackNamesAndAddressesAreServed(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        request.Headers.Host = host;
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AHostNamedInTheSettingsIsServedAndOthersStillRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Regie:AllowedHosts", "regie.bestuur.nl; *.scholen.example"));
        var client = configured.CreateClient();

        // A configured name is served, but not in laptop mode: a request for it came through a proxy or the network (401).
        foreach (var (host, expected) in new[] { ("regie.bestuur.nl", HttpStatusCode.Unauthorized), ("a.scholen.example", HttpStatusCode.Unauthorized), ("localhost", HttpStatusCode.OK), ("evil.example", HttpStatusCode.BadRequest) })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
            request.Headers.Host = host;
            Assert.True(expected == (await client.SendAsync(request, ct)).StatusCode, host);
        }
    }
}
