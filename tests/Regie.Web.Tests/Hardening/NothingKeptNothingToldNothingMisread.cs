using System.Net;
using System.Net.Http.Json;
using System.Text;
using Regie.Web.Tests.Access;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

/// <summary>
/// Answers with a board's data stay out of caches (ASVS 8.2.1), a JSON endpoint refuses another content type with 415
/// (13.1.5), and the server does not name itself (14.3.3).
/// </summary>
public sealed class NothingKeptNothingToldNothingMisread(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CacheControl(HttpResponseMessage response) => response.Headers.CacheControl?.ToString() ?? "";

    [Fact]
    public async Task ApiAnswersExportsAndDownloadsAreNeverStoredButStaticFilesMayBe()
    {
        var client = app.CreateClient();
        foreach (var url in new[] { "/api/v1/services", "/api/v1/exports/services?format=csv", "/api/v1/exports/services?format=xlsx", "/roadmap?handler=Csv", "/api/v1/nothing-here" })
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.Contains("no-store", CacheControl(response), StringComparison.Ordinal);
        }

        using var css = await client.GetAsync("/css/site.css", Ct);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.DoesNotContain("no-store", CacheControl(css), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboardStillComesFromTheKeptAnalysisAndIsNotStoredByTheBrowser()
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync("/", Ct);
        using var second = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Contains("no-store", CacheControl(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonEndpointAnswers415ToAFormOrTextAndStill400ToBrokenJson()
    {
        var client = app.CreateClient();

        using var asText = await client.PostAsync("/api/v1/services", new StringContent("{\"name\":\"Tekst\"}", Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asText.StatusCode);
        Assert.Equal("application/problem+json", asText.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Content-Type: application/json", await asText.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var asForm = await client.PostAsync("/api/v1/services", new FormUrlEncodedContent([new("name", "Formulier")]), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asForm.StatusCode);

        using var broken = await client.PostAsync("/api/v1/services", new StringContent("{\"name\":", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.DoesNotContain(await app.ServicesAsync(client), s => s.Name is "Tekst" or "Formulier");
    }

    [Fact]
    public async Task KestrelDoesNotNameItselfInAServerHeader()
    {
        await using var kestrel = new RegieOnKestrel(new Dictionary<string, string?>());
        using var response = await kestrel.Browser().GetAsync("/account/signin", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
    }
}
