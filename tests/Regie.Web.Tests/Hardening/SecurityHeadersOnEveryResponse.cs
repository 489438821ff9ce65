using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

public sealed class SecurityHeadersOnEveryResponse(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task EveryPageTheApiAStaticFileAndAnErrorCarryTheSecurityHeaders()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var paths = await PagePathsAsync(client);
        Assert.Contains("/", paths);
        Assert.Contains("/catalog", paths);
        Assert.True(paths.Count >= 20, $"Only {paths.Count} pages found: {string.Join(", ", paths)}");

        foreach (var path in paths.Concat(["/api/v1/services", "/openapi/v1.json", "/css/site.css", "/js/site.js", "/bestaat-niet", "/api/v1/services/bestaat-niet"]))
        {
            var response = await client.GetAsync(path, ct);
            Assert.True((int)response.StatusCode < 500, $"{path}: {response.StatusCode}");
            AssertHardened(response, path);
        }
    }

    [Fact]
    public async Task AFormPostAndARefusedPostCarryThemToo()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var refused = await client.PostAsync("/boards/new", new FormUrlEncodedContent([new("Name", "x")]), ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertHardened(refused, "POST /boards/new without a token");
    }

    [Fact]
    public async Task ThePolicyAllowsNoInlineScriptAndNoFraming()
    {
        var response = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task NoPageCarriesAnInlineScriptOrAnInlineEventHandler()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        foreach (var path in await PagePathsAsync(client))
        {
            var response = await client.GetAsync(path, ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(ct);
            foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, "<script([^>]*)>"))
            {
                var attributes = script.Groups[1].Value;
                Assert.True(attributes.Contains("src=", StringComparison.Ordinal) || attributes.Contains("type=\"application/json\"", StringComparison.Ordinal),
                    $"{path}: inline script <script{attributes}>");
            }

            Assert.DoesNotMatch(@"<[a-z][^>]*\son[a-z]+\s*=", html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    internal static void AssertHardened(HttpResponseMessage response, string what)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

        Assert.True(Header("Content-Security-Policy") == Infrastructure.Hardening.ContentSecurityPolicy, $"{what}: Content-Security-Policy '{Header("Content-Security-Policy")}'");
        Assert.True(Header("X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Header("X-Frame-Options") == "DENY", $"{what}: X-Frame-Options '{Header("X-Frame-Options")}'");
        Assert.True(Header("Referrer-Policy") == "same-origin", $"{what}: Referrer-Policy");
    }

    /// <summary>Every Razor page's route, with a real service, catalog product, tender or vendor where the route asks for one.</summary>
    internal async Task<List<string>> PagePathsAsync(HttpClient client)
    {
        var service = (await app.ServicesAsync(client)).First().Id;
        var product = app.Services.GetRequiredService<RegieKnowledge>().Catalog.Products.First().Id;
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .ToList();
        return [.. routes
            .Where(r => !r.Equals("/Error", StringComparison.OrdinalIgnoreCase) && !r.EndsWith("/Index", StringComparison.OrdinalIgnoreCase))
            .Select(r => r
                .Replace("{id:guid}", service.ToString(), StringComparison.Ordinal)
                .Replace("/catalog/{id}", "/catalog/" + product, StringComparison.Ordinal)
                .Replace("/sector/boards/{number}", "/sector/boards/10001", StringComparison.Ordinal)
                .Replace("/impact-assessments/{kind}", "/impact-assessments/dpia", StringComparison.Ordinal)
                .Replace("/account/external/{provider?}", "/account/external/x?handler=failed", StringComparison.Ordinal))
            .Select(r => r.Contains('{', StringComparison.Ordinal) ? throw new InvalidOperationException($"No value for the route {r}") : r)];
    }
}
