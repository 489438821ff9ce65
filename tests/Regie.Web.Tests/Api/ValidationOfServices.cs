using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Regie.Web.Tests.Api;

public sealed class ValidationOfServices(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AnEmptyNameAndNegativePupilsAreRefusedNamingBothFieldsAndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;

        var response = await client.PostAsJsonAsync("/api/v1/services", new { name = "", pupils = -5, processes = new[] { "lesgeven" } }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Vul een naam in.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Aantal leerlingen moet een heel getal van 0 of meer zijn.", errors.GetProperty("pupils")[0].GetString());
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public async Task TenCreatesOfOneNameAtOnceStoreOneServiceAndRefuseTheRestInDutch()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            client.PostAsJsonAsync("/api/v1/services", new { name = "Tegelijk", processes = new[] { "lesgeven" } }, ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors");
            Assert.Equal("Er is al een dienst met de naam 'Tegelijk'.", errors.GetProperty("name")[0].GetString());
        }

        Assert.Equal(before + 1, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public async Task AnUnknownProcessOrCatalogProductIsNamedInTheProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/services",
            new { name = "Iets nieuws", catalogProductId = "bestaat-niet", processes = new[] { "zwemmen" } }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors");
        Assert.Contains("bestaat-niet", errors.GetProperty("catalogProductId")[0].GetString());
        Assert.Contains("zwemmen", errors.GetProperty("processes")[0].GetString());
    }
}
