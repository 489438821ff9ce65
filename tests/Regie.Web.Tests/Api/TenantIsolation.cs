using System.Net;
using System.Net.Http.Json;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class TenantIsolation(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AnotherBoardsServiceIsNotFoundNeverShown()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var other = await CreateBoardAsync("Stichting Andere School");
        var otherClient = app.ClientFor(other);
        var created = await otherClient.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Geheime dienst", Pupils = 10 }, RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, ct))!.Id;

        var demoClient = app.ClientFor(demo);
        Assert.Equal(HttpStatusCode.NotFound, (await demoClient.GetAsync($"/api/v1/services/{secret}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoClient.GetAsync($"/api/v1/services/{secret}/score", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoClient.PutAsJsonAsync($"/api/v1/services/{secret}", new ServiceInput { Name = "Overgenomen" }, RegieApp.Json, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoClient.DeleteAsync($"/api/v1/services/{secret}", ct)).StatusCode);
        Assert.DoesNotContain(await app.ServicesAsync(demoClient), s => s.Id == secret);

        // The web page, with the demo board chosen in the header's switcher, does not show it either.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/services/{secret}");
        request.Headers.Add("Cookie", $"regie-org={demo}");
        var page = await app.CreateClient().SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Geheime dienst", await page.Content.ReadAsStringAsync(ct));

        // Its own board still has it, untouched.
        var own = (await otherClient.GetFromJsonAsync<ServiceDto>($"/api/v1/services/{secret}", RegieApp.Json, ct))!;
        Assert.Equal("Geheime dienst", own.Name);
    }

    [Fact]
    public async Task ADependencyOnAnotherBoardsServiceIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var other = await CreateBoardAsync("Stichting Derde School");
        var created = await app.ClientFor(other).PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Eigen IdP" }, RegieApp.Json, ct);
        var foreign = (await created.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, ct))!.Id;
        var demoClient = app.ClientFor(demo);
        var entra = Assert.Single(await app.ServicesAsync(demoClient), s => s.Name == "Microsoft Entra ID");

        var response = await demoClient.PostAsJsonAsync("/api/v1/dependencies", new DependencyRequest(entra.Id, DependencyKind.SignsInThrough, foreign), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheHeaderSwitcherChoosesTheBoardForTheWebPages()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var other = await CreateBoardAsync("Stichting Vierde School");
        var client = app.CreateClient();

        Assert.Contains("id=\"board-switch\"", await client.GetStringAsync("/", ct));
        await client.GetAsync($"/organisation?id={other}&returnUrl=/services", ct);
        var otherServices = await client.GetStringAsync("/services", ct);
        await client.GetAsync($"/organisation?id={demo}&returnUrl=/", ct);
        var demoServices = await client.GetStringAsync("/services", ct);

        Assert.DoesNotContain("Microsoft Entra ID", otherServices);
        Assert.DoesNotContain("DEMO — fictieve gegevens", otherServices);
        Assert.Contains("Microsoft Entra ID", demoServices);
        Assert.Contains("DEMO — fictieve gegevens", demoServices);
    }

    [Fact]
    public async Task AnUnknownOrganisationHeaderIsNotFound()
    {
        var response = await app.ClientFor(Guid.NewGuid()).GetAsync("/api/v1/services", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<Guid> CreateBoardAsync(string name) => app.CreateBoardAsync(name);
}
