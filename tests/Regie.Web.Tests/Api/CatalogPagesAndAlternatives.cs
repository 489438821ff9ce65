using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Features.Catalog;

namespace Regie.Web.Tests.Api;

public sealed class CatalogPagesAndAlternatives(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheCatalogPageSaysWhatItDoesNotKnowAndOffersTheQuestionsForTheVendors()
    {
        var knowledge = Regie.Core.Knowledge.KnowledgeLoader.Load(Regie.Core.Knowledge.Loading.DataFolder.Locate());
        var open = Regie.Core.Catalog.CatalogQuestions.OpenForMostUsed(knowledge);
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/catalog", TestContext.Current.CancellationToken);
        var english = new HttpRequestMessage(HttpMethod.Get, "/catalog");
        english.Headers.Add("Cookie", "regie-lang=en");
        var en = await (await client.SendAsync(english, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var gaps = html[html.IndexOf("id=\"catalog-gaps\"", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Matches(@"Van de 80 meest gebruikte producten zijn hostingpartij, regio en locatie van gegevens bij \d+ alle drie bekend\.", gaps);
        Assert.Contains($"vraagt de catalogus aan de leveranciers: {open.Questions.Count} vragen over {open.ProductCount} producten aan {open.VendorCount} leveranciers.", gaps);
        Assert.Contains("href=\"/api/v1/catalog/questions?format=csv\"", gaps);
        Assert.Contains($"the catalog asks the vendors: {open.Questions.Count} questions about {open.ProductCount} products to {open.VendorCount} vendors.", en);
        Assert.DoesNotContain("vraagt de catalogus", en);
    }

    [Fact]
    public async Task TheQuestionsDownloadInTheColumnsTheAnswerImportsRead()
    {
        var client = app.CreateClient();

        var csv = await client.GetAsync("/api/v1/catalog/questions?format=csv", TestContext.Current.CancellationToken);
        var json = await client.GetAsync("/api/v1/catalog/questions?format=json&all=true", TestContext.Current.CancellationToken);
        var xlsx = await client.GetAsync("/api/v1/catalog/questions?format=xlsx", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("question;vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source\r\n", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("vragen-van-de-catalogus-", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var array = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(array.RootElement.GetArrayLength() > text.Split('\n').Length - 2, "all products ask more than the most-used");
        Assert.Equal(HttpStatusCode.BadRequest, xlsx.StatusCode);
        Assert.Contains("kies csv of json", await xlsx.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EachVendorHasItsOwnDownloadWithOnlyItsQuestions()
    {
        var knowledge = app.Services.GetRequiredService<Regie.Core.Knowledge.RegieKnowledge>();
        var vendors = Regie.Core.Catalog.CatalogQuestions.OpenForMostUsed(knowledge).PerVendor();
        var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var html = await client.GetStringAsync("/catalog", ct);
        var first = vendors[0];
        var own = await client.GetAsync($"/api/v1/catalog/questions?format=csv&vendor={first.VendorId}", ct);
        var unknown = await client.GetAsync("/api/v1/catalog/questions?format=csv&vendor=geen-bedrijf", ct);
        var blank = await client.GetAsync("/api/v1/catalog/questions?format=csv&vendor=%20", ct);

        var section = html[html.IndexOf("id=\"catalog-questions-per-vendor\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Equal(vendors.Count, System.Text.RegularExpressions.Regex.Count(section, "href=\"/api/v1/catalog/questions\\?format=csv&amp;vendor="));
        Assert.Contains($"vendor={first.VendorId}\"", section);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.StartsWith($"vragen-van-de-catalogus-{first.VendorId}-", own.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = (await own.Content.ReadAsStringAsync(ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(first.Questions, rows.Count);
        Assert.All(rows, r => Assert.Contains($";{first.VendorId};", r));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'geen-bedrijf' is geen leverancier in de catalogus", await unknown.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
    }

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

    [Fact]
    public async Task TheComparisonSpeaksTheReadersLanguage()
    {
        var (dutch, en) = await InBothLanguagesAsync("/catalog/google-drive");

        // SURF's Nextcloud: its variant and Regie's caveats in the page's language, not the other one.
        Assert.Contains("Nextcloud (bij SURF, proeftuin en pilots)", dutch);
        Assert.Contains("Een pilot voor hoger onderwijs en onderzoek", dutch);
        Assert.DoesNotContain("A pilot for higher education", dutch);
        Assert.Contains("Nextcloud (at SURF, testing ground and pilots)", en);
        Assert.Contains("A pilot for higher education and research", en);
        Assert.DoesNotContain("Een pilot voor hoger onderwijs", en);
    }

    [Fact]
    public async Task RegiesOwnWordsAboutAFactSpeakTheReadersLanguage()
    {
        var (dutch, en) = await InBothLanguagesAsync("/catalog/google-drive");

        // The hosting region, the hosting provider's description and the US law note, each in the page's language only.
        Assert.Contains("geen vaste regio: elk datacenter van Google", dutch);
        Assert.Contains("Google Cloud (Google-datacenters)", dutch);
        Assert.Contains("een Amerikaanse aanbieder moet gegevens", dutch);
        Assert.DoesNotContain("no fixed region", dutch);
        Assert.DoesNotContain("must disclose data", dutch);
        Assert.Contains("no fixed region: any Google data centre", en);
        Assert.Contains("Google Cloud (Google data centres)", en);
        Assert.Contains("must disclose data", en);
        Assert.DoesNotContain("geen vaste regio", en);
        Assert.DoesNotContain("Amerikaanse aanbieder", en);
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
    public async Task AProductsVariantIsShownInTheReadersLanguage()
    {
        var client = app.CreateClient();
        var english = new HttpRequestMessage(HttpMethod.Get, "/catalog?q=zelf+gehost");
        english.Headers.Add("Cookie", "regie-lang=en");

        var dutch = Results(await client.GetStringAsync("/catalog?q=zelf+gehost", TestContext.Current.CancellationToken));
        var en = Results(await (await client.SendAsync(english, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var page = await client.GetStringAsync("/catalog/wordpress", TestContext.Current.CancellationToken);

        // Searched in Dutch, found on both pages: the search reads the name in both languages.
        Assert.Contains(">Nextcloud (zelf gehost of door een ICT-partner)</a>", dutch);
        Assert.DoesNotContain("(self-hosted", dutch); // ids such as jitsi-meet-self-hosted stay in the links
        Assert.Contains(">Nextcloud (self-hosted or run by an IT partner)</a>", en);
        Assert.DoesNotContain("zelf gehost", en);
        Assert.Contains("<h1>WordPress (zelf gehost)</h1>", page);
        static string Results(string html) => html[html.IndexOf("id=\"results\"", StringComparison.Ordinal)..];
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

    [Fact]
    public async Task TheApiGivesVariantsAndCaveatsInBothLanguages()
    {
        var client = app.CreateClient();

        using var alternatives = JsonDocument.Parse(await client.GetStringAsync("/api/v1/catalog/alternatives", TestContext.Current.CancellationToken));
        using var nextcloud = JsonDocument.Parse(await client.GetStringAsync("/api/v1/catalog/products/nextcloud", TestContext.Current.CancellationToken));

        var surf = alternatives.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "surf-nextcloud");
        Assert.Equal("Nextcloud", surf.GetProperty("name").GetString());
        Assert.Equal("at SURF, testing ground and pilots", surf.GetProperty("variant").GetProperty("en").GetString());
        Assert.StartsWith("Een pilot voor hoger onderwijs", surf.GetProperty("caveats").GetProperty("nl").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("A pilot for higher education", surf.GetProperty("caveats").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal("zelf gehost of door een ICT-partner", nextcloud.RootElement.GetProperty("variant").GetProperty("nl").GetString());
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

    /// <summary>A page as a Dutch and as an English reader gets it (the language cookie).</summary>
    private async Task<(string Dutch, string English)> InBothLanguagesAsync(string path)
    {
        var client = app.CreateClient();
        var english = new HttpRequestMessage(HttpMethod.Get, path);
        english.Headers.Add("Cookie", "regie-lang=en");
        var dutch = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return (dutch, await (await client.SendAsync(english, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
