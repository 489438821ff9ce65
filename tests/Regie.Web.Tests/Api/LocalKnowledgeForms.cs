using System.Net;
using System.Net.Http.Json;
using Regie.Web.Features.LocalKnowledge;

namespace Regie.Web.Tests.Api;

public sealed class LocalKnowledgeForms(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheCatalogPageRefusesACorrectionWithoutReasonInDutchThenShowsASavedOneAsTheBoardsOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        var refused = await FormPost.SubmitAsync(client, "/catalog/magister", "/catalog/magister?handler=Correct",
            [new("Correction.Field", "OpenSource"), new("Correction.Value", "No"), new("Correction.Reason", "")]);
        var refusedHtml = await refused.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Reden: vul in waarom dit feit voor uw bestuur anders is dan in de catalogus.", refusedHtml);
        Assert.Contains("Er is niets opgeslagen.", refusedHtml);
        Assert.Empty((await client.GetFromJsonAsync<List<CorrectionDto>>("/api/v1/catalog/corrections", RegieApp.Json, ct))!);

        await FormPost.SubmitAsync(client, "/catalog/magister", "/catalog/magister?handler=Correct",
            [new("Correction.Field", "OpenSource"), new("Correction.Value", "No"), new("Correction.Reason", "Licentie gelezen")]);

        var html = await client.GetStringAsync("/catalog/magister", ct);
        Assert.Contains("eigen correctie van het bestuur: Licentie gelezen", html);
        Assert.Single((await client.GetFromJsonAsync<List<CorrectionDto>>("/api/v1/catalog/corrections", RegieApp.Json, ct))!);
    }

    [Fact]
    public async Task ThePartiesPageAddsAnOwnProductThatTheServiceFormOffers()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        var refused = await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Product", [new("Product.Name", "Planner Zuid"), new("Product.Category", "")]);
        Assert.Contains("Categorie: kies een categorie uit de catalogus.", await refused.Content.ReadAsStringAsync(ct));
        Assert.Empty((await client.GetFromJsonAsync<List<LocalProductDto>>("/api/v1/products/local", RegieApp.Json, ct))!);

        await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Product",
            [new("Product.Name", "Planner Zuid"), new("Product.Category", "leerlingadministratie"), new("AliasesText", "PZ, Planner")]);

        var product = Assert.Single((await client.GetFromJsonAsync<List<LocalProductDto>>("/api/v1/products/local", RegieApp.Json, ct))!);
        Assert.Equal("planner-zuid", product.Key);
        Assert.Equal(["PZ", "Planner"], product.Aliases);
        Assert.Contains("value=\"planner-zuid\"", await client.GetStringAsync("/services/create", ct));
    }
}
