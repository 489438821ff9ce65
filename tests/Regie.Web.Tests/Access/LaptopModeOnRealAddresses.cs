using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// Laptop mode is decided from the addresses Kestrel really listens on: loopback only opens without sign-in; any other
/// address (here every address, 0.0.0.0) requires it, also for a request that comes from this machine.
/// </summary>
public sealed class LaptopModeOnRealAddresses
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> StatusOnAsync(IPAddress listen, string? forwardedFor = null, string? host = null, params (string Key, string Value)[] settings)
    {
        await using var root = new RegieApp();
        var app = settings.Length == 0 ? (WebApplicationFactory<Program>)root : root.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        app.UseKestrel(o => o.Listen(listen, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{new Uri(address.Replace("[::]", "localhost").Replace("0.0.0.0", "localhost")).Port}") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return (await client.SendAsync(request, Ct)).StatusCode;
    }

    [Fact]
    public async Task ListeningOnLoopbackOnlyOpensWithoutSignIn() =>
        Assert.Equal(HttpStatusCode.OK, await StatusOnAsync(IPAddress.Loopback));

    [Fact]
    public async Task ListeningOnEveryAddressRequiresSignInEvenFromThisMachine() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOnAsync(IPAddress.Any));

    [Fact]
    public async Task ARequestThroughAProxyOnThisMachineRequiresSignIn() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOnAsync(IPAddress.Loopback, forwardedFor: "203.0.113.7"));

    [Fact]
    public async Task AProxyOnThisMachinePassingItsPublicNameWithoutForwardedForRequiresSignIn() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            await StatusOnAsync(IPAddress.Loopback, host: "regie.bestuur.nl", settings: ("Regie:AllowedHosts", "regie.bestuur.nl")));

    [Fact]
    public async Task ABareProxyOnThisMachineRequiresSignInOnceTheReverseProxySettingIsOn() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOnAsync(IPAddress.Loopback, settings: ("Regie:ReverseProxy:Enabled", "true")));
}
