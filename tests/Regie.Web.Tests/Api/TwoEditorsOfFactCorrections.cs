using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Web.Features.LocalKnowledge;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update of the board's corrections of catalog facts, on the catalog page and in the API.</summary>
public sealed class TwoEditorsOfFactCorrections(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    private const string Url = "/api/v1/catalog/corrections";

    private static object Correction(string reason, string? version) =>
        new { productId = "magister", field = "OpenSource", value = "No", reason, version };

    private static async Task<List<CorrectionDto>> StoredAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<CorrectionDto>>(Url, RegieApp.Json, Ct))!;

    [Fact]
    public async Task TheSecondCorrectionOfAFactFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var created = await anna.PostAsJsonAsync(Url, Correction("Licentie gelezen", "0"), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var read = Assert.Single(await StoredAsync(anna));
        Assert.Equal(created.Headers.ETag!.Tag, $"\"{read.Version}\"");
        // Someone who read the fact before anyone corrected it ("0") is refused too.
        Assert.Equal(HttpStatusCode.Conflict, (await bram.PostAsJsonAsync(Url, Correction("Ook gelezen", "0"), RegieApp.Json, Ct)).StatusCode);

        var first = await anna.PostAsJsonAsync(Url, Correction("Licentie opnieuw gelezen", read.Version), RegieApp.Json, Ct);
        var second = await bram.PostAsJsonAsync(Url, Correction("Bram weet het beter", read.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(Correction("Laat", null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{read.Version}\""));
        var third = await bram.SendAsync(late, Ct);
        using var removal = new HttpRequestMessage(HttpMethod.Delete, $"{Url}/{read.Id}");
        removal.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{read.Version}\""));
        var removed = await bram.SendAsync(removal, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, removed.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal("Licentie opnieuw gelezen", problem.GetProperty("current").GetProperty("reason").GetString());
        var stored = Assert.Single(await StoredAsync(anna));
        Assert.Equal("Licentie opnieuw gelezen", stored.Reason);
        Assert.Equal(first.Headers.ETag!.Tag, $"\"{stored.Version}\"");
        Assert.Equal(problem.GetProperty("currentVersion").GetString(), stored.Version);

        // Without a version (a client that never reads one) the change is taken; with the current one the removal too.
        Assert.Equal(HttpStatusCode.Created, (await bram.PostAsJsonAsync(Url, Correction("Zonder versie", null), RegieApp.Json, Ct)).StatusCode);
        var now = Assert.Single(await StoredAsync(anna));
        using var current = new HttpRequestMessage(HttpMethod.Delete, $"{Url}/{now.Id}");
        current.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{now.Version}\""));
        Assert.Equal(HttpStatusCode.NoContent, (await bram.SendAsync(current, Ct)).StatusCode);
        Assert.Empty(await StoredAsync(anna));
    }

    [Fact]
    public async Task TheCatalogPageRefusesAStaleCorrectionAndShowsTheStoredOne()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/catalog/magister", Ct);
        var version = Regex.Match(html, "name=\"Correction.Field\" value=\"OpenSource\">\\s*<input type=\"hidden\" name=\"Correction.Version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal("0", version);
        (await client.PostAsJsonAsync(Url, Correction("Collega las de licentie", version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/catalog/magister", "/catalog/magister?handler=Correct",
            [new("Correction.Field", "OpenSource"), new("Correction.Value", "Yes"), new("Correction.Reason", "Mijn oude blik"), new("Correction.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de correctie van dit feit opgeslagen nadat u het formulier opende", page);
        Assert.Contains("value=\"Collega las de licentie\"", page);
        Assert.DoesNotContain("Mijn oude blik", page);
        var stored = Assert.Single(await StoredAsync(client));
        Assert.Equal(("No", "Collega las de licentie"), (stored.Value, stored.Reason));
        Assert.Contains($"name=\"Correction.Version\" value=\"{stored.Version}\"", page);

        // Removing it from a page opened before someone else changed it is refused the same way.
        (await client.PostAsJsonAsync(Url, Correction("Nog een keer gelezen", stored.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        var removal = await FormPost.SubmitAsync(client, "/catalog/magister", "/catalog/magister?handler=RemoveCorrection",
            [new("correction", stored.Id.ToString()), new("version", stored.Version!)]);
        Assert.Equal(HttpStatusCode.Conflict, removal.StatusCode);
        Assert.Contains("Iemand anders heeft de correctie van dit feit opgeslagen", WebUtility.HtmlDecode(await removal.Content.ReadAsStringAsync(Ct)));
        Assert.Equal("Nog een keer gelezen", Assert.Single(await StoredAsync(client)).Reason);
    }

    [Fact]
    public async Task InEnglishTheStaleMessageIsEnglish()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");
        (await client.PostAsJsonAsync(Url, Correction("Collega", "0"), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, "/catalog/magister", "/catalog/magister?handler=Correct",
            [new("Correction.Field", "OpenSource"), new("Correction.Value", "Yes"), new("Correction.Reason", "Mine"), new("Correction.Version", "0")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved the correction of this fact after you opened the form", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }
}
