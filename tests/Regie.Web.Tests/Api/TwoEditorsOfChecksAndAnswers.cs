using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Landscape;
using Regie.Web.Features.Priorities;
using Regie.Web.Features.Services;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update on the mitigation checks (priorities) and the board's own answers to criteria.</summary>
public sealed class TwoEditorsOfChecksAndAnswers(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    private async Task<Guid> MagisterAsync(HttpClient client) => (await app.ServicesAsync(client)).Single(s => s.Name == "Magister").Id;

    private static async Task<PriorityDto> PlaceAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<PriorityDto>>("/api/v1/priorities", RegieApp.Json, Ct))!.Single(p => p.Id == id);

    private static MitigationInput Checks(Check knowHow, string? version) => new()
    {
        TestedExport = Check.Partly,
        TestedExitPlan = Check.No,
        AlternativeIdentified = Check.No,
        IndependentBackup = Check.No,
        ExitClauseInContract = Check.No,
        InHouseKnowHow = knowHow,
        Version = version,
    };

    [Fact]
    public async Task TheSecondSaveOfTheChecksFromTheSameVersionGets409AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = await MagisterAsync(anna);
        var annasCopy = await PlaceAsync(anna, id);
        var bramsCopy = await PlaceAsync(bram, id);
        Assert.False(string.IsNullOrEmpty(annasCopy.Checks.Version));

        var first = await anna.PutAsJsonAsync($"/api/v1/services/{id}/mitigation", Checks(Check.Yes, annasCopy.Checks.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync($"/api/v1/services/{id}/mitigation", Checks(Check.No, bramsCopy.Checks.Version), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        var current = problem.GetProperty("current").Deserialize<PriorityDto>(RegieApp.Json)!;
        Assert.Equal(Check.Yes, current.Checks.InHouseKnowHow);
        var stored = await PlaceAsync(anna, id);
        Assert.Equal(Check.Yes, stored.Checks.InHouseKnowHow);
        Assert.Equal(first.Headers.ETag!.Tag, EditVersionTag(stored.Checks.Version));
        Assert.Equal(stored.Checks.Version, problem.GetProperty("currentVersion").GetString());
        Assert.NotEqual(annasCopy.Checks.Version, stored.Checks.Version);
    }

    [Fact]
    public async Task AStaleIfMatchOnTheChecksGets412AndASaveWithoutAVersionIsStillTaken()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        var read = await PlaceAsync(client, id);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}/mitigation", Checks(Check.Yes, read.Checks.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/services/{id}/mitigation") { Content = JsonContent.Create(Checks(Check.No, null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue(EditVersionTag(read.Checks.Version)));
        var refused = await client.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(Check.Yes, (await PlaceAsync(client, id)).Checks.InHouseKnowHow);
        var withoutVersion = await client.PutAsJsonAsync($"/api/v1/services/{id}/mitigation", Checks(Check.Partly, null), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, withoutVersion.StatusCode);
        Assert.Equal(Check.Partly, (await PlaceAsync(client, id)).Checks.InHouseKnowHow);
    }

    [Fact]
    public async Task ThePrioritiesPageRefusesAStaleChecklistAndShowsTheStoredChecks()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        var html = await client.GetStringAsync("/priorities", Ct);
        var version = Regex.Match(html, $"name=\"serviceId\" value=\"{id}\">\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal((await PlaceAsync(client, id)).Checks.Version, version);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}/mitigation", Checks(Check.Yes, version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/priorities", "/priorities?handler=Mitigation",
            [new("serviceId", id.ToString()), new("version", version), .. MitigationChecks.All.Select(f => new KeyValuePair<string, string>(f.Id, "No"))]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de beheersmaatregelen van deze dienst opgeslagen nadat u het formulier opende", page);
        var select = page[page.IndexOf($"id=\"m-inHouseKnowHow-{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("value=\"Yes\" selected=\"selected\"", select[..select.IndexOf("</select>", StringComparison.Ordinal)]);
        Assert.Equal(Check.Yes, (await PlaceAsync(client, id)).Checks.InHouseKnowHow);
    }

    [Fact]
    public async Task TheSecondOwnAnswerFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = await MagisterAsync(anna);
        var url = $"/api/v1/services/{id}/answers/SOV2.law";
        var read = await anna.GetAsync(url, Ct);
        var none = (await read.Content.ReadFromJsonAsync<AnswerOverrideDto>(RegieApp.Json, Ct))!;
        Assert.Equal(("0", "\"0\"", null), (none.Version, read.Headers.ETag!.Tag, none.Option));

        var first = await anna.PutAsJsonAsync(url, new AnswerOverrideInput("2", "Contract onder Nederlands recht", none.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(url, new AnswerOverrideInput("0", "Mijn oude versie", none.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new AnswerOverrideInput("1", "Ook oud"), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        var third = await bram.SendAsync(late, Ct);
        using var remove = new HttpRequestMessage(HttpMethod.Delete, url);
        remove.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        var removal = await bram.SendAsync(remove, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, removal.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal("Contract onder Nederlands recht", problem.GetProperty("current").GetProperty("reason").GetString());
        var stored = (await anna.GetFromJsonAsync<AnswerOverrideDto>(url, RegieApp.Json, Ct))!;
        Assert.Equal(("2", "Contract onder Nederlands recht"), (stored.Option, stored.Reason));
        Assert.Equal(first.Headers.ETag!.Tag, EditVersionTag(stored.Version));

        Assert.Equal(HttpStatusCode.NoContent, (await bram.DeleteAsync(url, Ct)).StatusCode);
        Assert.Null((await anna.GetFromJsonAsync<AnswerOverrideDto>(url, RegieApp.Json, Ct))!.Option);
    }

    [Fact]
    public async Task TheServicePageRefusesAStaleOwnAnswerAndShowsTheStoredOne()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        var html = await client.GetStringAsync($"/services/{id}", Ct);
        var version = Regex.Match(html, "name=\"criterionId\" value=\"SOV2.law\">\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal("0", version);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}/answers/SOV2.law", new AnswerOverrideInput("2", "De collega", version), RegieApp.Json, Ct))
            .EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, $"/services/{id}", $"/services/{id}?handler=Override",
            [new("criterionId", "SOV2.law"), new("option", "0"), new("reason", "Mijn oude versie"), new("version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft dit eigen antwoord opgeslagen nadat u het formulier opende", page);
        var select = page[page.IndexOf("id=\"opt-SOV2.law\"", StringComparison.Ordinal)..];
        Assert.Contains("value=\"2\" selected=\"selected\"", select[..select.IndexOf("</select>", StringComparison.Ordinal)]);
        var stored = (await client.GetFromJsonAsync<AnswerOverrideDto>($"/api/v1/services/{id}/answers/SOV2.law", RegieApp.Json, Ct))!;
        Assert.Equal(("2", "De collega"), (stored.Option, stored.Reason));
    }

    private static string EditVersionTag(string? version) => $"\"{version}\"";
}
