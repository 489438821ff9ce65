using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Parties;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update on the board's own companies, hosting providers and products.</summary>
public sealed partial class TwoEditorsOfOwnParties(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Company = "demo-hoster";

    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(CompanyDto Dto, string ETag)> CompanyAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/v1/companies/{Company}", Ct);
        return ((await response.Content.ReadFromJsonAsync<CompanyDto>(RegieApp.Json, Ct))!, response.Headers.ETag!.Tag);
    }

    private static CompanyInput Input(CompanyDto dto, string source, string? version) =>
        new() { Name = dto.Name, Country = dto.Country, ParentKey = dto.ParentKey, Source = source, Version = version };

    [Fact]
    public async Task TheSecondChangeOfACompanyFromTheSameVersionGets409AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var (annasCopy, etag) = await CompanyAsync(anna);
        var (bramsCopy, _) = await CompanyAsync(bram);
        Assert.Equal($"\"{annasCopy.Version}\"", etag);

        var first = await anna.PutAsJsonAsync($"/api/v1/companies/{Company}", Input(annasCopy, "KvK, door Anna", annasCopy.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync($"/api/v1/companies/{Company}", Input(bramsCopy, "KvK, door Bram", bramsCopy.Version), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("KvK, door Anna", (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("current").GetProperty("source").GetString());
        Assert.Equal("KvK, door Anna", (await CompanyAsync(anna)).Dto.Source);
    }

    [Fact]
    public async Task AStaleIfMatchOnAProviderGets412()
    {
        var client = app.CreateClient();
        var own = (await client.GetFromJsonAsync<List<ProviderDto>>("/api/v1/providers", RegieApp.Json, Ct))!.First(p => p.Own);
        var read = await client.GetAsync($"/api/v1/providers/{own.Key}", Ct);
        var etag = read.Headers.ETag!.Tag;
        (await client.PutAsJsonAsync($"/api/v1/providers/{own.Key}", new ProviderInput { Name = own.Name, Kind = ProviderKind.Cloud }, RegieApp.Json, Ct))
            .EnsureSuccessStatusCode();

        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/providers/{own.Key}")
        {
            Content = JsonContent.Create(new ProviderInput { Name = own.Name, Kind = ProviderKind.Datacenter }, options: RegieApp.Json),
        };
        late.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var stale = await client.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(ProviderKind.Cloud, (await client.GetFromJsonAsync<ProviderDto>($"/api/v1/providers/{own.Key}", RegieApp.Json, Ct))!.Kind);
    }

    [Fact]
    public async Task ThePartiesPageRefusesAStaleCompanyFormAndShowsTheStoredValues()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync($"/parties?company={Company}", Ct);
        var version = CompanyVersion().Match(html).Groups[1].Value;
        var (dto, _) = await CompanyAsync(client);
        Assert.Equal(dto.Version, version);
        (await client.PutAsJsonAsync($"/api/v1/companies/{Company}", Input(dto, "Bron van de collega", dto.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, $"/parties?company={Company}", "/parties?handler=Company",
            [new("key", Company), new("Company.Name", dto.Name), new("Company.Country", dto.Country ?? ""), new("Company.Source", "Mijn oude bron"), new("Company.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft deze partij opgeslagen nadat u het formulier opende", page);
        Assert.Contains("value=\"Bron van de collega\"", page);
        Assert.DoesNotContain("Mijn oude bron", page);
        Assert.Equal("Bron van de collega", (await CompanyAsync(client)).Dto.Source);
    }

    [Fact]
    public async Task TheSecondChangeOfAnOwnProductFromTheSameVersionGets409AndThePageShowsTheStoredValues()
    {
        var client = app.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/products/local", new LocalProductInput { Name = "Toetsmaker", Category = "leerlingadministratie" }, RegieApp.Json, Ct);
        var product = (await created.Content.ReadFromJsonAsync<LocalProductDto>(RegieApp.Json, Ct))!;
        var html = await client.GetStringAsync($"/parties?product={product.Key}", Ct);
        var version = ProductVersion().Match(html).Groups[1].Value;
        Assert.Equal(product.Version, version);

        var first = await client.PutAsJsonAsync($"/api/v1/products/local/{product.Key}",
            new LocalProductInput { Name = "Toetsmaker", Category = "leerlingadministratie", Source = "Eerste bron", Version = version }, RegieApp.Json, Ct);
        var second = await client.PutAsJsonAsync($"/api/v1/products/local/{product.Key}",
            new LocalProductInput { Name = "Toetsmaker", Category = "leerlingadministratie", Source = "Tweede bron", Version = version }, RegieApp.Json, Ct);
        var viaPage = await FormPost.SubmitAsync(client, $"/parties?product={product.Key}", "/parties?handler=Product",
            [new("key", product.Key), new("Product.Name", "Toetsmaker"), new("Product.Category", "leerlingadministratie"), new("Product.Source", "Derde bron"), new("Product.Version", version)]);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, viaPage.StatusCode);
        var page = WebUtility.HtmlDecode(await viaPage.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft dit product opgeslagen nadat u het formulier opende", page);
        Assert.Contains("value=\"Eerste bron\"", page);
        Assert.Equal("Eerste bron", (await client.GetFromJsonAsync<LocalProductDto>($"/api/v1/products/local/{product.Key}", RegieApp.Json, Ct))!.Source);
    }

    [GeneratedRegex("name=\"Product.Version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex ProductVersion();

    [GeneratedRegex("name=\"Company.Version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex CompanyVersion();
}
