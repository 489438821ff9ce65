using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Core.Scenarios;
using Regie.Web.Features.Scenarios;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

public sealed class ScenariosThroughTheApi(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private async Task<HttpClient> ClientAsync() => app.ClientFor(await app.DemoBoardIdAsync());

    [Fact]
    public async Task MicrosoftUnavailableTakesDownMagisterThroughEntraId()
    {
        var client = await ClientAsync();

        var result = await client.GetFromJsonAsync<ScenarioResultDto>("/api/v1/scenarios/run?kind=unavailable&target=microsoft", RegieApp.Json, TestContext.Current.CancellationToken);

        Assert.Equal("company:microsoft", result!.Target);
        var magister = Assert.Single(result.Down, s => s.Name == "Magister");
        Assert.Equal(("servicePath", "Magister"), (magister.Path.Code, $"{magister.Path.Args["service"]}"));
        Assert.StartsWith("Magister → logt in via Microsoft Entra ID → ", magister.Path.Text);
        Assert.Contains(result.Down, s => s.Name == "Microsoft Entra ID");
        Assert.Equal("disruptionHarmFormula", result.HarmFormula.Code);
        Assert.True(result.Harm > 0);
    }

    [Fact]
    public async Task MicrosoftsCountsSayWhatIsHitDirectlyAndWhatGoesDownThroughDependencies()
    {
        var client = await ClientAsync();
        var ct = TestContext.Current.CancellationToken;

        var result = (await client.GetFromJsonAsync<ScenarioResultDto>("/api/v1/scenarios/run?kind=unavailable&target=microsoft", RegieApp.Json, ct))!;
        var target = Assert.Single((await client.GetFromJsonAsync<List<ScenarioTargetDto>>("/api/v1/scenarios/targets", RegieApp.Json, ct))!, t => t.Key == "company:microsoft");
        var row = Assert.Single((await client.GetFromJsonAsync<SweepDto>("/api/v1/scenarios/sweep", RegieApp.Json, ct))!.Rows, r => r.Target == "company:microsoft");

        // Magister, Zermelo and the others that sign in through Entra ID go down without Microsoft in their own chain.
        Assert.True(result.DownThroughDependencies > 0);
        Assert.Equal(result.Down.Count, result.DownDirectly + result.DownThroughDependencies);
        Assert.Equal((target.Services, target.ServicesDown), (result.DownDirectly, result.Down.Count));
        Assert.Equal((row.ServicesHitDirectly, row.ServicesDown), (result.DownDirectly, result.Down.Count));
    }

    [Fact]
    public async Task APostWithABodyRunsAPriceRise()
    {
        var client = await ClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/scenarios/run", new ScenarioRequest("price-rise", "microsoft", 10), RegieApp.Json, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<ScenarioResultDto>(RegieApp.Json, TestContext.Current.CancellationToken);
        Assert.Equal(10, result!.Percent);
        Assert.Contains(result.PriceRaised, s => s.Name == "Microsoft Entra ID");
        Assert.Empty(result.Down);
        // The demo board records no contract values: the harm is unknown (null), not 0 from 0 / 0, and the page says so.
        Assert.Null(result.Harm);
        Assert.Equal("priceHarmUnknown", result.HarmFormula.Code);
        var page = await client.GetStringAsync("/scenarios?kind=price-rise&target=company:microsoft&percent=10", TestContext.Current.CancellationToken);
        Assert.Contains("<span class=\"figure\" id=\"harm\">onbekend</span>", page);
        Assert.Contains("<strong>Kosten:</strong> onbekend.", page);
    }

    [Fact]
    public async Task AnUnknownTargetIsAValidationProblemNamingTheField()
    {
        var client = await ClientAsync();

        var response = await client.GetAsync("/api/v1/scenarios/run?kind=unavailable&target=bestaat-niet", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("bestaat-niet", problem.GetProperty("errors").GetProperty("target")[0].GetString());
    }

    [Fact]
    public async Task APriceRiseWithoutAPercentageIsRefused()
    {
        var client = await ClientAsync();

        var response = await client.GetAsync("/api/v1/scenarios/run?kind=price-rise&target=microsoft", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("percent", out _));
    }

    [Fact]
    public async Task TheSweepIsRankedByHarmAndOpensEachScenario()
    {
        var client = await ClientAsync();

        var sweep = await client.GetFromJsonAsync<SweepDto>("/api/v1/scenarios/sweep", RegieApp.Json, TestContext.Current.CancellationToken);

        Assert.NotEmpty(sweep!.Rows);
        Assert.Equal(sweep.Rows.Select(r => r.Harm).OrderDescending(), sweep.Rows.Select(r => r.Harm));
        Assert.Contains(sweep.Rows, r => r.Target == "country:us" && r.TargetKind == TargetKind.Country);
        var top = sweep.Rows[0];
        var single = await client.GetFromJsonAsync<ScenarioResultDto>($"/api/v1/scenarios/run?kind={top.Kind}&target={Uri.EscapeDataString(top.Target)}", RegieApp.Json, TestContext.Current.CancellationToken);
        Assert.Equal(top.Harm, single!.Harm);
        Assert.Equal(top.ServicesDown, single.Down.Count);
    }
}
