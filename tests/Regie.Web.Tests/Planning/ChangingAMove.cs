using System.Net;
using System.Net.Http.Json;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

/// <summary>A fixture of its own: these tests change and delete moves.</summary>
public sealed class ChangingAMove(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ADoneMoveLeavesTheSequenceAndCountsInTheStartingPoint()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var parro = await ServiceIdAsync(app, client, "Parro");
        var created = (await (await AddMoveAsync(client, parro, "surf-nextcloud")).Content.ReadFromJsonAsync<MoveDto>(RegieApp.Json, ct))!;
        var planned = await RoadmapAsync(client);
        Assert.Single(planned.Quarters.SelectMany(q => q.Moves), m => m.Id == created.Id);

        var response = await client.PutAsJsonAsync($"/api/v1/roadmap/moves/{created.Id}",
            new MoveInput(parro, "surf-nextcloud", MoveState.Done, null, 20, 5000m), RegieApp.Json, ct);

        response.EnsureSuccessStatusCode();
        var done = await RoadmapAsync(client);
        Assert.DoesNotContain(done.Quarters.SelectMany(q => q.Moves), m => m.Id == created.Id);
        var aside = Assert.Single(done.NotSequenced, m => m.Id == created.Id);
        Assert.Equal(MoveState.Done, aside.Status);
        Assert.Equal(20, aside.EffortDays);
        Assert.NotEqual(planned.Before.MeanScore, done.Before.MeanScore);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/roadmap/moves/{created.Id}", ct)).StatusCode);
        Assert.Empty((await RoadmapAsync(client)).NotSequenced);
    }

    [Fact]
    public async Task AMoveNamesItsTargetWithItsVariantInTheCallersLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var parro = await ServiceIdAsync(app, client, "Parro");
        var created = (await (await AddMoveAsync(client, parro, "surf-nextcloud")).Content.ReadFromJsonAsync<MoveDto>(RegieApp.Json, ct))!;

        Assert.Equal("Nextcloud (bij SURF, proeftuin en pilots)", created.Alternative);
        Assert.Equal("Nextcloud (bij SURF, proeftuin en pilots)", Assert.Single((await RoadmapAsync(client)).Quarters.SelectMany(q => q.Moves), m => m.Id == created.Id).Alternative);
        var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/roadmap");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var roadmap = (await (await client.SendAsync(english, ct)).Content.ReadFromJsonAsync<RoadmapDto>(RegieApp.Json, ct))!;
        Assert.Equal("Nextcloud (at SURF, testing ground and pilots)", Assert.Single(roadmap.Quarters.SelectMany(q => q.Moves), m => m.Id == created.Id).Alternative);
        var page = await client.GetStringAsync("/roadmap", ct);
        Assert.Contains("→ Nextcloud (bij SURF, proeftuin en pilots)", page);
        Assert.Contains("Nextcloud (bij SURF, proeftuin en pilots)", await client.GetStringAsync("/roadmap?handler=Document", ct));
        Assert.Contains("Nextcloud (bij SURF, proeftuin en pilots)", await client.GetStringAsync("/roadmap?handler=Csv", ct));
        Assert.Contains("Op de routekaart verhuist deze dienst naar Nextcloud (bij SURF, proeftuin en pilots).", await client.GetStringAsync($"/services/{parro}/exit-plan", ct));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/roadmap/moves/{created.Id}", ct)).StatusCode);
    }

    [Fact]
    public async Task APinIsKeptAndABadPinIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var zoom = await ServiceIdAsync(app, client, "Zoom (incidenteel)");
        (await client.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(1, "2027-Q1"), RegieApp.Json, ct)).EnsureSuccessStatusCode();
        var created = (await (await AddMoveAsync(client, zoom, "jitsi-meet")).Content.ReadFromJsonAsync<MoveDto>(RegieApp.Json, ct))!;

        var bad = await client.PutAsJsonAsync($"/api/v1/roadmap/moves/{created.Id}", new MoveInput(zoom, "jitsi-meet", PinnedPeriod: "Q9"), RegieApp.Json, ct);
        var good = await client.PutAsJsonAsync($"/api/v1/roadmap/moves/{created.Id}", new MoveInput(zoom, "jitsi-meet", PinnedPeriod: "2028-Q2"), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("pinnedPeriod", await bad.Content.ReadAsStringAsync(ct));
        good.EnsureSuccessStatusCode();
        var move = Assert.Single((await RoadmapAsync(client)).Quarters.SelectMany(q => q.Moves), m => m.Id == created.Id);
        Assert.Equal("2028-Q2", move.Quarter);
        Assert.Contains(move.Reasons, r => r.Code == "pinnedByBoard" && $"{r.Args["quarter"]}" == "2028-Q2");
    }
}
