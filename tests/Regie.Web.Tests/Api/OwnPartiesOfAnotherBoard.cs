using System.Net;
using System.Net.Http.Json;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class OwnPartiesOfAnotherBoard(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AnotherBoardCannotSeeChangeOrDeleteACompanyOrProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = app.ClientFor(await app.DemoBoardIdAsync());
        var owner = app.ClientFor(await CreateBoardAsync("Stichting Eigen Leveranciers"));
        var company = await OwnParties.AddCompanyAsync(owner, "Geheime Leverancier B.V.", "NL", Company.NoParent);
        var provider = await OwnParties.AddProviderAsync(owner, "Geheime Hosting", company.Key, ProviderKind.Datacenter);

        Assert.Equal(HttpStatusCode.NotFound, (await demo.GetAsync($"/api/v1/companies/{company.Key}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.PutAsJsonAsync($"/api/v1/companies/{company.Key}", new { name = "Overgenomen" }, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.DeleteAsync($"/api/v1/companies/{company.Key}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.DeleteAsync($"/api/v1/providers/{provider.Key}", ct)).StatusCode);
        Assert.DoesNotContain((await demo.GetFromJsonAsync<List<CompanyDto>>("/api/v1/companies", RegieApp.Json, ct))!, c => c.Key == company.Key);
        Assert.DoesNotContain((await demo.GetFromJsonAsync<List<ProviderDto>>("/api/v1/providers", RegieApp.Json, ct))!, p => p.Key == provider.Key);
        var refused = await demo.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Meelifter", VendorId = company.Key }, RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // Its own board still has both, untouched.
        var own = (await owner.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{company.Key}", RegieApp.Json, ct))!;
        Assert.Equal(("Geheime Leverancier B.V.", true), (own.Name, own.Own));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/providers/{provider.Key}", ct)).StatusCode);
    }

    [Fact]
    public async Task TwoBoardsMayEachHaveACompanyWithTheSameName()
    {
        var demo = app.ClientFor(await app.DemoBoardIdAsync());
        var other = app.ClientFor(await CreateBoardAsync("Stichting Tweede Bestuur"));

        var mine = await OwnParties.AddCompanyAsync(demo, "Lokale ICT-partner B.V.", "NL", Company.NoParent);
        var theirs = await OwnParties.AddCompanyAsync(other, "Lokale ICT-partner B.V.", "BE", Company.NoParent);

        Assert.Equal(mine.Key, theirs.Key);
        Assert.Equal(("NL", "BE"), (mine.Country, theirs.Country));
    }

    private Task<Guid> CreateBoardAsync(string name) => app.CreateBoardAsync(name);
}
