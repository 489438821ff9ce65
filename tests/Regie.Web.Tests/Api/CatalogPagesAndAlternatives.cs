using System.Net;
using System.Net.Http.Json;
using Regie.Web.Features.Catalog;

namespace Regie.Web.Tests.Api;

public sealed class CatalogPagesAndAlternatives(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheGoogleDrivePageComparesItWithNextcloud()
    {
        var html = await app.CreateClient().GetStringAsync("/catalog/google-drive", TestContext.Current.CancellationToken);

        Assert.Contains("Alternatieven", html);
        var comparison = html[html.IndexOf("<table class=\"compare\">", StringComparison.Ordinal)..];
        Assert.Contains("Nextcloud", comparison);
        Assert.Contains("Land van het uiteindelijke moederbedrijf", comparison);
        Assert.Contains("Exitvoorwaarden", comparison);
    }

    [Theory]
    [InlineData("entree-federatie", "primair onderwijs, voortgezet onderwijs, mbo")]
    [InlineData("eduid", "onbekend")]
    public async Task AnIdentityServiceSaysWhosePupilsItAdmits(string product, string admitted)
    {
        var html = await app.CreateClient().GetStringAsync($"/catalog/{product}", TestContext.Current.CancellationToken);

        var row = html[html.IndexOf("Laat leerlingen toe uit", StringComparison.Ordinal)..];
        Assert.Contains(admitted, row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task TheOpenSourceFilterKeepsNextcloudAndDropsGoogleDrive()
    {
        var html = await app.CreateClient().GetStringAsync("/catalog?openSource=ja", TestContext.Current.CancellationToken);

        var results = html[html.IndexOf("id=\"results\"", StringComparison.Ordinal)..];
        Assert.Contains("/catalog/nextcloud\"", results);
        Assert.DoesNotContain("/catalog/google-drive\"", results);
    }

    [Fact]
    public async Task TheHostingFilterKeepsOnlyProductsOfThatProvider()
    {
        var html = await app.CreateClient().GetStringAsync("/catalog?hosting=google-cloud&q=drive", TestContext.Current.CancellationToken);

        var results = html[html.IndexOf("id=\"results\"", StringComparison.Ordinal)..];
        Assert.Contains("/catalog/google-drive\"", results);
        Assert.DoesNotContain("/catalog/nextcloud\"", results);
    }

    [Fact]
    public async Task TheProductApiListsTheAlternativesForGoogleDrive()
    {
        var product = await app.CreateClient().GetFromJsonAsync<ProductDetailDto>(
            "/api/v1/catalog/products/google-drive", RegieApp.Json, TestContext.Current.CancellationToken);

        Assert.NotNull(product);
        Assert.Contains(product.Alternatives, a => a.Name.Contains("Nextcloud", StringComparison.Ordinal));
        Assert.All(product.Alternatives, a => Assert.Contains("google-drive", a.Replaces));
    }

    [Theory]
    [InlineData("/api/v1/catalog/alternatives")]
    [InlineData("/api/v1/catalog/standards")]
    public async Task TheCatalogListsAreServed(string path)
    {
        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("[{", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
