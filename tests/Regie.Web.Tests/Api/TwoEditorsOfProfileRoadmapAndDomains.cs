using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Core.Planning;
using Regie.Web.Features.Processes;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Planning;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update on the board-wide settings: the weight profile, the roadmap and the discovery domains.</summary>
public sealed class TwoEditorsOfProfileRoadmapAndDomains(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    private const string ProfileUrl = "/api/v1/organisations/current/weight-profile";

    private IReadOnlyList<string> Profiles => [.. app.Services.GetRequiredService<RegieKnowledge>().Model.Profiles.Select(p => p.Id)];

    [Fact]
    public async Task TheSecondChoiceOfWeightProfileFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var read = await anna.GetAsync(ProfileUrl, Ct);
        var copy = (await read.Content.ReadFromJsonAsync<WeightProfileDto>(RegieApp.Json, Ct))!;
        Assert.Equal($"\"{copy.Version}\"", read.Headers.ETag!.Tag);
        var (annas, brams) = (Profiles.First(p => p != copy.InUse), Profiles.Last(p => p != copy.InUse));

        var first = await anna.PutAsJsonAsync(ProfileUrl, new WeightProfileInput(annas, copy.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(ProfileUrl, new WeightProfileInput(copy.InUse, copy.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, ProfileUrl) { Content = JsonContent.Create(new WeightProfileInput(brams), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag.Tag));
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal(annas, problem.GetProperty("current").GetProperty("stored").GetString());
        var stored = (await anna.GetFromJsonAsync<WeightProfileDto>(ProfileUrl, RegieApp.Json, Ct))!;
        Assert.Equal((annas, first.Headers.ETag!.Tag), (stored.Stored, $"\"{stored.Version}\""));

        // A client that never reads a version is still taken.
        Assert.Equal(HttpStatusCode.NoContent, (await bram.PutAsJsonAsync(ProfileUrl, new WeightProfileInput(brams), RegieApp.Json, Ct)).StatusCode);
        Assert.Equal(brams, (await anna.GetFromJsonAsync<WeightProfileDto>(ProfileUrl, RegieApp.Json, Ct))!.Stored);
    }

    [Fact]
    public async Task TheProcessesPageRefusesAStaleProfileChoiceAndShowsTheStoredOne()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/processes", Ct);
        var version = Regex.Match(html, "name=\"profileVersion\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var copy = (await client.GetFromJsonAsync<WeightProfileDto>(ProfileUrl, RegieApp.Json, Ct))!;
        Assert.Equal(copy.Version, version);
        var (theirs, mine) = (Profiles.First(p => p != copy.InUse), Profiles.Last(p => p != copy.InUse));
        (await client.PutAsJsonAsync(ProfileUrl, new WeightProfileInput(theirs, version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/processes", "/processes?handler=Profile", [new("profile", mine), new("profileVersion", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft het gewichtsprofiel opgeslagen nadat u het formulier opende", page);
        Assert.Matches($"name=\"profile\" value=\"{Regex.Escape(theirs)}\" checked=\"checked\"", page);
        Assert.Equal(theirs, (await client.GetFromJsonAsync<WeightProfileDto>(ProfileUrl, RegieApp.Json, Ct))!.Stored);
    }

    private async Task<MoveDto> MoveAsync(HttpClient client)
    {
        var parro = await PlanningClient.ServiceIdAsync(app, client, "Parro");
        var created = (await (await PlanningClient.AddMoveAsync(client, parro, "surf-nextcloud")).Content.ReadFromJsonAsync<MoveDto>(RegieApp.Json, Ct))!;
        return (await PlanningClient.RoadmapAsync(client)).Quarters.SelectMany(q => q.Moves).Single(m => m.Id == created.Id);
    }

    private static async Task<MoveDto> StoredMoveAsync(HttpClient client, Guid id) =>
        (await PlanningClient.RoadmapAsync(client)) is var roadmap ? roadmap.Quarters.SelectMany(q => q.Moves).Concat(roadmap.NotSequenced).Single(m => m.Id == id) : null!;

    [Fact]
    public async Task TheSecondChangeOfAMoveFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var move = await MoveAsync(anna);
        Assert.False(string.IsNullOrEmpty(move.Version));
        var url = $"/api/v1/roadmap/moves/{move.Id}";

        var first = await anna.PutAsJsonAsync(url, new MoveInput(move.ServiceId, move.AlternativeId, MoveState.InProgress, null, 20, null, null, move.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(url, new MoveInput(move.ServiceId, move.AlternativeId, MoveState.Dropped, null, 5, null, null, move.Version), RegieApp.Json, Ct);
        using var remove = new HttpRequestMessage(HttpMethod.Delete, url);
        remove.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{move.Version}\""));
        var removal = await bram.SendAsync(remove, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, removal.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal(20, problem.GetProperty("current").GetProperty("effortDays").GetInt32());
        var stored = await StoredMoveAsync(anna, move.Id);
        Assert.Equal((MoveState.InProgress, 20), (stored.Status, stored.EffortDays));
        Assert.Equal(first.Headers.ETag!.Tag, $"\"{stored.Version}\"");

        // Without a version (a client that never reads one) the change is taken.
        var withoutVersion = await bram.PutAsJsonAsync(url, new MoveInput(move.ServiceId, move.AlternativeId, MoveState.Planned, null, 7), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, withoutVersion.StatusCode);
        Assert.Equal(7, (await StoredMoveAsync(anna, move.Id)).EffortDays);
    }

    [Fact]
    public async Task TheSecondChangeOfTheRoadmapSettingsFromTheSameVersionGets409Or412()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var read = await PlanningClient.RoadmapAsync(anna);
        Assert.False(string.IsNullOrEmpty(read.SettingsVersion));

        var first = await anna.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(3, "2027-Q1", read.SettingsVersion), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(9, "2028-Q1", read.SettingsVersion), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, "/api/v1/roadmap/settings") { Content = JsonContent.Create(new RoadmapSettingsInput(8, null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{read.SettingsVersion}\""));
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal(3, problem.GetProperty("current").GetProperty("movesPerQuarter").GetInt32());
        var stored = await PlanningClient.RoadmapAsync(anna);
        Assert.Equal((3, "2027-Q1"), (stored.MovesPerQuarter, stored.Start));
    }

    [Fact]
    public async Task TheRoadmapPageRefusesStaleFormsAndShowsTheStoredValues()
    {
        var client = app.CreateClient();
        var move = await MoveAsync(client);
        var html = await client.GetStringAsync("/roadmap", Ct);
        var moveVersion = Regex.Match(html, $"name=\"moveId\" value=\"{move.Id}\">\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var settingsVersion = Regex.Match(html, "name=\"settingsVersion\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal(move.Version, moveVersion);
        (await client.PutAsJsonAsync($"/api/v1/roadmap/moves/{move.Id}",
            new MoveInput(move.ServiceId, move.AlternativeId, MoveState.Planned, null, 42, null, null, moveVersion), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(4, "2027-Q3", settingsVersion), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var staleMove = await FormPost.SubmitAsync(client, "/roadmap", "/roadmap?handler=Move",
            [new("moveId", move.Id.ToString()), new("status", "Dropped"), new("effortDays", "1"), new("version", moveVersion)]);
        var staleSettings = await FormPost.SubmitAsync(client, "/roadmap", "/roadmap?handler=Settings",
            [new("movesPerQuarter", "12"), new("start", ""), new("settingsVersion", settingsVersion)]);
        var staleDelete = await FormPost.SubmitAsync(client, "/roadmap", "/roadmap?handler=Delete", [new("moveId", move.Id.ToString()), new("version", moveVersion)]);

        Assert.Equal(HttpStatusCode.Conflict, staleMove.StatusCode);
        var page = WebUtility.HtmlDecode(await staleMove.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft deze verhuizing opgeslagen nadat u het formulier opende", page);
        Assert.Contains($"id=\"effort-{move.Id}\" name=\"effortDays\" min=\"0\" value=\"42\"", page);
        Assert.Equal(HttpStatusCode.Conflict, staleSettings.StatusCode);
        var settingsPage = WebUtility.HtmlDecode(await staleSettings.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de instellingen van de routekaart opgeslagen nadat u het formulier opende", settingsPage);
        Assert.Contains("name=\"movesPerQuarter\" min=\"1\" max=\"50\" value=\"4\"", settingsPage);
        Assert.Equal(HttpStatusCode.Conflict, staleDelete.StatusCode);
        var stored = await StoredMoveAsync(client, move.Id);
        Assert.Equal((MoveState.Planned, 42), (stored.Status, stored.EffortDays));
        Assert.Equal(4, (await PlanningClient.RoadmapAsync(client)).MovesPerQuarter);
    }

    private const string DomainsUrl = "/api/v1/discovery/domains";

    private static HttpRequestMessage PutDomains(string domain, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, DomainsUrl) { Content = JsonContent.Create(new { domains = new[] { domain } }, options: RegieApp.Json) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }

    [Fact]
    public async Task TheSecondChangeOfTheDomainsFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var read = await anna.GetAsync(DomainsUrl, Ct);
        var tag = read.Headers.ETag!.Tag;
        var version = tag.Trim('"');

        var first = await anna.PutAsJsonAsync(DomainsUrl, new { domains = new[] { "anna-school.test" }, version }, RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(DomainsUrl, new { domains = new[] { "bram-school.test" }, version }, RegieApp.Json, Ct);
        using var late = PutDomains("laat-school.test", tag);
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal("anna-school.test", Assert.Single(problem.GetProperty("current").EnumerateArray()).GetString());
        var stored = await anna.GetAsync(DomainsUrl, Ct);
        Assert.Equal(["anna-school.test"], (await stored.Content.ReadFromJsonAsync<List<string>>(RegieApp.Json, Ct))!);
        Assert.Equal(first.Headers.ETag!.Tag, stored.Headers.ETag!.Tag);

        // Without a version (a client that never reads one) the change is taken.
        using var withoutVersion = PutDomains("bram-school.test", null);
        Assert.Equal(HttpStatusCode.OK, (await bram.SendAsync(withoutVersion, Ct)).StatusCode);
    }

    [Fact]
    public async Task TheDiscoveryPageRefusesStaleDomainsAndShowsTheStoredOnes()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/discovery", Ct);
        var version = Regex.Match(html, "name=\"DomainsVersion\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal((await client.GetAsync(DomainsUrl, Ct)).Headers.ETag!.Tag, $"\"{version}\"");
        (await client.PutAsJsonAsync(DomainsUrl, new { domains = new[] { "collega-school.test" }, version }, RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Domains",
            [new("DomainsText", "mijn-oude-versie.test"), new("DomainsVersion", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de domeinen opgeslagen nadat u het formulier opende", page);
        Assert.Contains("name=\"DomainsText\" rows=\"4\" cols=\"40\">collega-school.test</textarea>", page);
        Assert.DoesNotContain("mijn-oude-versie.test", page);
        Assert.Equal(["collega-school.test"], (await client.GetFromJsonAsync<List<string>>(DomainsUrl, RegieApp.Json, Ct))!);
    }
}
