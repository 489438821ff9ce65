using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

/// <summary>Razor Pages check the antiforgery token on every POST unless a page opts out; only the error page may.</summary>
public sealed class AntiforgeryOnEveryForm(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task EveryPostHandlerOfEveryPageRefusesAPostWithoutTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var service = (await app.ServicesAsync(client)).First().Id;
        var before = (await app.ServicesAsync(client)).Count;
        var loader = app.Services.GetRequiredService<PageLoader>();
        var product = app.Services.GetRequiredService<Regie.Core.Knowledge.RegieKnowledge>().Catalog.Products.First().Id;

        var tried = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || page.ViewEnginePath == "/Error"
                || endpoint.RoutePattern.RawText?.EndsWith("Index", StringComparison.Ordinal) == true)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/').Replace("{id:guid}", service.ToString(), StringComparison.Ordinal)
                .Replace("{id}", product, StringComparison.Ordinal);
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod == "Post"))
            {
                var url = handler.Name is { } name ? $"{route}?handler={name}" : route;
                var response = await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Name", "Zonder token"), new("Name", "Zonder token")]), ct);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} without a token: {response.StatusCode}");
                tried.Add(url);
            }
        }

        Assert.Contains("/Services/Create", tried);
        Assert.Contains("/boards/new", tried);
        Assert.Contains("/discovery?handler=Run", tried);
        Assert.True(tried.Count >= 20, $"only {tried.Count} handlers: {string.Join(", ", tried)}");
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public void OnlyTheErrorPageOptsOut()
    {
        var optedOut = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true)
                || t.GetMethods().Any(m => m.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true)))
            .Select(t => t.Name)
            .ToList();
        Assert.Equal(["ErrorModel"], optedOut);
    }

    [Fact]
    public async Task TheApiRefusesAWriteABrowserSendsFromAnotherSite()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;
        const string inventory = "naam;processen\nVan elders;lesgeven\n";

        foreach (var site in new[] { "cross-site", "same-site" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=inventaris.csv") { Content = new StringContent(inventory) };
            request.Headers.Add("Sec-Fetch-Site", site);
            var response = await client.SendAsync(request, ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            SecurityHeadersOnEveryResponse.AssertHardened(response, "403");
        }

        // A browser without Sec-Fetch-Site still names the page's origin.
        foreach (var origin in new[] { "https://evil.example", "http://localhost.evil.example", "null", "http://localhost:8080" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=inventaris.csv") { Content = new StringContent(inventory) };
            request.Headers.Add("Origin", origin);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request, ct)).StatusCode);
        }

        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
        // The page's own origin, also when a proxy writes the default port into the Host header.
        foreach (var (origin, host) in new[] { ("http://localhost", "localhost"), ("http://LOCALHOST", "localhost"), ("http://localhost", "localhost:80") })
        {
            var own = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=inventaris.csv") { Content = new StringContent(inventory) };
            own.Headers.Add("Origin", origin);
            own.Headers.Host = host;
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(own, ct)).StatusCode);
        }

        var sameOrigin = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=inventaris.csv") { Content = new StringContent(inventory) };
        sameOrigin.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(sameOrigin, ct)).StatusCode);
        Assert.Equal(before + 1, (await app.ServicesAsync(client)).Count);
    }
}
