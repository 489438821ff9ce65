using System.Net.Http.Json;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

public sealed class ConcentrationOnTheRoadmap(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task MovingThePrimaryPupilsToMicrosoftSaysThatConcentrationRises()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        // Everything onto one party: the primary pupils' Google accounts into the board's Microsoft tenant.
        (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Google-accounts (po-leerlingen)"), "microsoft-entra-id")).EnsureSuccessStatusCode();

        var roadmap = await RoadmapAsync(client);

        var parents = Assert.Single(roadmap.Concentration, r => $"{r.Args["parties"]}" == "ultimateParents");
        Assert.Equal("concentrationRises", parents.Code);
        Assert.Equal("Microsoft Corporation", $"{parents.Args["top"]}");
        Assert.StartsWith("Na dit plan hangt ", parents.Text);
        Assert.Contains("van één moederbedrijf (Microsoft Corporation)", parents.Text);
        var html = await client.GetStringAsync("/roadmap", ct);
        Assert.Contains("id=\"concentration\"", html);
        Assert.Contains("de concentratie-index (HHI) van moederbedrijven stijgt van", html);
    }

    [Fact]
    public async Task WithoutMovesTheRoadmapSaysNothingAboutConcentration()
    {
        var client = app.CreateClient();

        var roadmap = await RoadmapAsync(client);

        Assert.Empty(roadmap.Concentration);
        Assert.DoesNotContain("id=\"concentration\"", await client.GetStringAsync("/roadmap", TestContext.Current.CancellationToken));
    }
}
