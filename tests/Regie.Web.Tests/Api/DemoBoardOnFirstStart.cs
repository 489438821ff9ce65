using System.Net.Http.Json;
using Regie.Web.Features.Dashboard;

namespace Regie.Web.Tests.Api;

public sealed class DemoBoardOnFirstStart(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AnEmptyDatabaseStartsWithTheDemoBoardAndItsServices()
    {
        var services = await app.ServicesAsync(app.CreateClient());

        Assert.True(services.Count >= 40, $"expected at least 40 demo services, got {services.Count}");
        var entra = Assert.Single(services, s => s.Name == "Microsoft Entra ID");
        Assert.Equal("US", entra.ParentCountry);
    }

    [Fact]
    public async Task TheCurrentOrganisationIsTheLabelledDemoBoard()
    {
        var organisations = await app.CreateClient().GetFromJsonAsync<List<OrganisationDto>>(
            "/api/v1/organisations", RegieApp.Json, TestContext.Current.CancellationToken);

        var board = Assert.Single(organisations!);
        Assert.True(board.IsDemo);
        Assert.Equal("ec-calculator-2026", board.WeightProfile);
    }
}
