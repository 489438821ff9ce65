using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Tests.Support;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Discovery;

/// <summary>The real app pointed at a real Knot server on loopback that serves the fixture school zones.</summary>
public sealed class DnsAndApp : IAsyncLifetime
{
    public KnotServer Dns { get; } = new();
    public RegieApp App { get; } = new();
    public WebApplicationFactory<Program> Web { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Dns.InitializeAsync();
        Web = App.WithWebHostBuilder(b => b.UseSetting("Regie:Discovery:Nameserver", Dns.Nameserver));
    }

    /// <summary>The database back to the seeded demo board, for each test (see <see cref="RegieApp.Fresh"/>).</summary>
    public DnsAndApp Fresh()
    {
        App.Fresh(Web);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await App.DisposeAsync();
        await Dns.DisposeAsync();
    }
}
