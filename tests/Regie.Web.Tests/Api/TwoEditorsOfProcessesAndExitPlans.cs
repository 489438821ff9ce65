using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Web.Features.ExitPlans;
using Regie.Web.Features.Processes;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update on the other forms two people plausibly edit at once: processes and exit plans.</summary>
public sealed partial class TwoEditorsOfProcessesAndExitPlans(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ProcessDto> ProcessAsync(HttpClient client, string key) =>
        (await client.GetFromJsonAsync<List<ProcessDto>>("/api/v1/processes", RegieApp.Json, Ct))!.Single(p => p.Key == key);

    private static ExitPlanInput Plan(string owner, string? version) =>
        new(["Leerlingdossiers"], ["csv"], "Artikel 12", 90, "Papieren lijsten", null, ["Exporteren"], owner, null, version);

    private async Task<Guid> MagisterAsync(HttpClient client) => (await app.ServicesAsync(client)).Single(s => s.Name == "Magister").Id;

    [Fact]
    public async Task TheSecondChangeOfAProcessFromTheSameVersionGets409AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var annasCopy = await ProcessAsync(anna, "lesgeven");
        var bramsCopy = await ProcessAsync(bram, "lesgeven");

        var first = await anna.PutAsJsonAsync("/api/v1/processes/lesgeven", new ProcessUpdate(2, true, 2, 60, annasCopy.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync("/api/v1/processes/lesgeven", new ProcessUpdate(4, false, null, null, bramsCopy.Version), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("current");
        Assert.Equal(2, current.GetProperty("criticality").GetInt32());
        var stored = await ProcessAsync(anna, "lesgeven");
        Assert.Equal((2, true, 60), (stored.Criticality, stored.Essential, stored.MinScore));
        Assert.NotEqual(annasCopy.Version, stored.Version);
    }

    [Fact]
    public async Task TheProcessesPageRefusesAStaleFormAndShowsTheStoredValues()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/processes", Ct);
        var version = ProcessVersion().Match(html).Groups[1].Value;
        var copy = await ProcessAsync(client, "lesgeven");
        Assert.Equal(copy.Version, version);
        (await client.PutAsJsonAsync("/api/v1/processes/lesgeven", new ProcessUpdate(1, true, null, 77, copy.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/processes", "/processes?handler=Process",
            [new("key", "lesgeven"), new("criticality", "5"), new("essential", "true"), new("minScore", "10"), new("version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft dit proces opgeslagen nadat u het formulier opende", page);
        Assert.Contains("id=\"score-lesgeven\" name=\"minScore\" type=\"number\" min=\"0\" max=\"100\" step=\"1\" value=\"77\"", page);
        Assert.Equal(77, (await ProcessAsync(client, "lesgeven")).MinScore);
    }

    [Fact]
    public async Task TwoEditorsOfAnExitPlanNotYetSavedCannotBothWin()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = await MagisterAsync(anna);
        var proposal = await anna.GetAsync($"/api/v1/services/{id}/exit-plan", Ct);
        var version = (await proposal.Content.ReadFromJsonAsync<ExitPlanDto>(RegieApp.Json, Ct))!.Version;
        Assert.Equal("\"0\"", proposal.Headers.ETag!.Tag);

        var first = await anna.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Plan("Anna", version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/services/{id}/exit-plan") { Content = JsonContent.Create(Plan("Bram", null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(proposal.Headers.ETag.Tag));
        var second = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal("Anna", (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("current").GetProperty("owner").GetString());
        var stored = (await anna.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, Ct))!;
        Assert.Equal("Anna", stored.Owner);

        var again = await bram.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Plan("Bram", stored.Version), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task TheExitPlanPageRefusesAStaleFormAndShowsTheStoredPlan()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        var html = await client.GetStringAsync($"/services/{id}/exit-plan", Ct);
        var version = ExitPlanVersion().Match(html).Groups[1].Value;
        Assert.Equal("0", version);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Plan("De collega", version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, $"/services/{id}/exit-plan", $"/services/{id}/exit-plan",
            [new("Form.Owner", "Mijn oude versie"), new("Form.Steps", "Iets"), new("Form.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft dit exitplan opgeslagen nadat u het formulier opende", page);
        Assert.Contains("value=\"De collega\"", page);
        Assert.DoesNotContain("Mijn oude versie", page);
        Assert.Equal("De collega", (await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, Ct))!.Owner);
    }

    [GeneratedRegex("name=\"key\" value=\"lesgeven\">\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex ProcessVersion();

    [GeneratedRegex("name=\"Form.Version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex ExitPlanVersion();
}
