using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class LocalKnowledge(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ACorrectedHostingProviderChangesTheBoardsScoreButNeitherAnotherBoardNorTheShippedCatalog()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = app.ClientFor(await CreateBoardAsync("Stichting Eigen Kennis"));
        var other = app.ClientFor(await CreateBoardAsync("Stichting Zonder Correctie"));
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        var shippedBefore = knowledge.Catalog.ProductById["magister"];
        var holding = await OwnParties.AddCompanyAsync(owner, "Noordhost Holding B.V.", "NL", Company.NoParent);
        var provider = await OwnParties.AddProviderAsync(owner, "Datacentrum Noordhost", holding.Key, ProviderKind.Datacenter);
        var mine = await OwnParties.AddServiceAsync(owner, new ServiceInput { Name = "Magister", CatalogProductId = "magister", Processes = ["leerlingvolgsysteem"] });
        var theirs = await OwnParties.AddServiceAsync(other, new ServiceInput { Name = "Magister", CatalogProductId = "magister", Processes = ["leerlingvolgsysteem"] });

        var correction = await PostAsync<CorrectionDto>(owner, "/api/v1/catalog/corrections",
            new CorrectionInput { ProductId = "magister", Field = CorrectableFact.HostingProvider, Value = provider.Key, Reason = "Contract 2026 noemt Noordhost", Source = "Contract 2026" });

        var criteria = await CriteriaAsync(owner, mine.Id);
        var hosting = Assert.Single(criteria, c => c.Reason.Code == "hostedInEuHands" && c.Reason.Arg("provider") == "Datacentrum Noordhost");
        Assert.Contains("eigen correctie", hosting.Source);
        Assert.Contains("Contract 2026 noemt Noordhost", hosting.Source);
        Assert.DoesNotContain(await CriteriaAsync(other, theirs.Id), c => c.Reason.Mentions("Noordhost") || (c.Source ?? "").Contains("eigen correctie", StringComparison.Ordinal));
        Assert.Same(shippedBefore, knowledge.Catalog.ProductById["magister"]);
        var reloaded = KnowledgeLoader.Load(Regie.Core.Knowledge.Loading.DataFolder.Locate()).Catalog.ProductById["magister"];
        Assert.Equal((shippedBefore.Vendor, shippedBefore.HostingProvider), (reloaded.Vendor, reloaded.HostingProvider));
        Assert.False(shippedBefore.HostingProvider.IsKnown);
        Assert.Equal(correction.Id, Assert.Single((await owner.GetFromJsonAsync<List<CorrectionDto>>("/api/v1/catalog/corrections", RegieApp.Json, ct))!).Id);
        Assert.Empty((await other.GetFromJsonAsync<List<CorrectionDto>>("/api/v1/catalog/corrections", RegieApp.Json, ct))!);
    }

    [Fact]
    public async Task ACorrectionWithoutReasonIsRefusedNamingReasonAndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await CreateBoardAsync("Stichting Zonder Reden"));

        var response = await client.PostAsJsonAsync("/api/v1/catalog/corrections", new { productId = "magister", field = "vendor", value = "microsoft", reason = " " }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors");
        Assert.StartsWith("Reden:", errors.GetProperty("reason")[0].GetString());
        Assert.Empty((await client.GetFromJsonAsync<List<CorrectionDto>>("/api/v1/catalog/corrections", RegieApp.Json, ct))!);
    }

    [Fact]
    public async Task AnOwnProductCanBeChosenForAServiceAndIsScoredWithTheBoardsFacts()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await CreateBoardAsync("Stichting Eigen Product"));
        var vendor = await OwnParties.AddCompanyAsync(client, "Roosterbouwers B.V.", "NL", Company.NoParent, "KvK 2026");
        var product = await PostAsync<LocalProductDto>(client, "/api/v1/products/local", new LocalProductInput
        {
            Name = "Rooster Noord",
            Category = "leerlingadministratie",
            VendorKey = vendor.Key,
            Aliases = ["RoosterN"],
            Source = "Offerte 2026",
            Reason = "Niet in de catalogus",
        });

        var service = await OwnParties.AddServiceAsync(client, new ServiceInput { Name = "Roosters", CatalogProductId = product.Key, Processes = ["leerlingvolgsysteem"] });

        Assert.Equal("rooster-noord", product.Key);
        Assert.Contains(await CriteriaAsync(client, service.Id), c => c.Reason.Code == "parentInEu" && c.Reason.Arg("chain")!.StartsWith("Roosterbouwers B.V.", StringComparison.Ordinal) && c.Reason.Arg("countryCode") == "NL");
        var refused = await client.DeleteAsync($"/api/v1/products/local/{product.Key}", ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task CorrectionsAndOwnProductsAreAuditedAndHiddenFromAnotherBoard()
    {
        var ct = TestContext.Current.CancellationToken;
        var board = await CreateBoardAsync("Stichting Gevolgde Kennis");
        var owner = app.ClientFor(board);
        var demo = app.ClientFor(await app.DemoBoardIdAsync());
        var correction = await PostAsync<CorrectionDto>(owner, "/api/v1/catalog/corrections",
            new CorrectionInput { ProductId = "magister", Field = CorrectableFact.OpenSource, Value = "No", Reason = "Licentie gelezen" });
        var product = await PostAsync<LocalProductDto>(owner, "/api/v1/products/local", new LocalProductInput { Name = "Toetsmaker", Category = "leerlingadministratie" });
        (await owner.PutAsJsonAsync($"/api/v1/products/local/{product.Key}", new { name = "Toetsmaker", category = "leerlingadministratie", openSource = "Yes" }, ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await demo.GetAsync($"/api/v1/products/local/{product.Key}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.PutAsJsonAsync($"/api/v1/products/local/{product.Key}", new { name = "Overgenomen", category = "leerlingadministratie" }, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.DeleteAsync($"/api/v1/products/local/{product.Key}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.DeleteAsync($"/api/v1/catalog/corrections/{correction.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await demo.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Meelifter", CatalogProductId = product.Key }, RegieApp.Json, ct)).StatusCode);
        (await owner.DeleteAsync($"/api/v1/catalog/corrections/{correction.Id}", ct)).EnsureSuccessStatusCode();
        (await owner.DeleteAsync($"/api/v1/products/local/{product.Key}", ct)).EnsureSuccessStatusCode();

        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var audit = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(a => a.OrganisationId == board)
            .Where(a => a.Entity == nameof(FactCorrectionEntity) || a.Entity == nameof(LocalProductEntity)).OrderBy(a => a.Id).ToListAsync(ct);
        Assert.Equal(
            new[] { "FactCorrectionEntity Added", "LocalProductEntity Added", "LocalProductEntity Modified", "FactCorrectionEntity Deleted", "LocalProductEntity Deleted" },
            audit.Select(a => $"{a.Entity} {a.Action}"));
        Assert.Contains("Licentie gelezen", audit[0].NewValues);
    }

    private async Task<List<CriterionDocument>> CriteriaAsync(HttpClient client, Guid service)
    {
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{service}/score", RegieApp.Json, TestContext.Current.CancellationToken))!;
        return [.. score.Objectives.SelectMany(o => o.Criteria)];
    }

    [Fact]
    public async Task TheCatalogListShowsTheBoardsOwnProductOnlyToThatBoard()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = app.ClientFor(await CreateBoardAsync("Stichting Eigen Lijst"));
        var other = app.ClientFor(await CreateBoardAsync("Stichting Andere Lijst"));
        await PostAsync<LocalProductDto>(owner, "/api/v1/products/local", new LocalProductInput { Name = "Leesplank Noord", Category = "leerlingadministratie" });

        Assert.Contains("Leesplank Noord", await owner.GetStringAsync("/catalog?q=Leesplank", ct));
        Assert.DoesNotContain("Leesplank Noord", await other.GetStringAsync("/catalog?q=Leesplank", ct));
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await client.PostAsync(path, JsonContent.Create(body, body.GetType(), options: RegieApp.Json), ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<T>(RegieApp.Json, ct))!;
    }

    private Task<Guid> CreateBoardAsync(string name) => app.CreateBoardAsync(name);
}
