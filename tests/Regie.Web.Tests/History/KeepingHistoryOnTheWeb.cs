using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.History;

/// <summary>
/// The history on the web (docs/HISTORY.md): opening the board keeps one daily snapshot, "vastleggen" records one with a
/// label, a date without a snapshot is named with the dates that have one, and the report says what changed since.
/// </summary>
public sealed class KeepingHistoryOnTheWeb(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<List<JsonElement>> HistoryAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/history", Ct))!;

    [Fact]
    public async Task OpeningTheBoardKeepsOneDailySnapshotADay()
    {
        var client = app.CreateClient();

        var dashboard = await client.GetAsync("/", Ct);
        var first = await HistoryAsync(client);
        var page = await client.GetStringAsync("/history", Ct);
        var second = await HistoryAsync(client);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var daily = Assert.Single(first);
        Assert.Equal((Today, "daily"), (daily.GetProperty("date").GetString(), daily.GetProperty("kind").GetString()));
        Assert.True(daily.GetProperty("storedBytes").GetInt32() < 1_000_000);
        Assert.Single(second);
        Assert.Contains("<svg", page);
        Assert.Contains("id=\"record\"", page);
        Assert.Contains("Nog maar één momentopname; de lijn verschijnt vanaf de tweede.", page);
        Assert.Contains(">Leerlingen<", page);
        Assert.Contains(">Kritieke processen<", page);
    }

    [Fact]
    public async Task RecordingASnapshotKeepsItsLabelAsText()
    {
        var client = app.CreateClient();

        var created = await client.PostAsJsonAsync("/api/v1/history/snapshots", new { label = "RvT <b>12 maart</b>" }, Ct);
        var tooLong = await client.PostAsJsonAsync("/api/v1/history/snapshots", new { label = new string('x', 101) }, Ct);
        var reversed = await client.PostAsJsonAsync("/api/v1/history/snapshots", new { label = "RvT \u202Ehcraam 21" }, Ct);
        var page = await client.GetStringAsync("/history", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("recorded", "RvT <b>12 maart</b>"), (body.GetProperty("kind").GetString(), body.GetProperty("label").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("label: hoogstens 100 tekens", await tooLong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("onzichtbaar stuurteken", await reversed.Content.ReadAsStringAsync(Ct));
        Assert.Contains("RvT &lt;b&gt;12 maart&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>12 maart</b>", page);
    }

    [Fact]
    public async Task ADateWithoutASnapshotIsNamedWithTheDatesThatHaveOne()
    {
        var client = app.CreateClient();
        await HistoryAsync(client);

        var api = await client.GetAsync($"/api/v1/history/compare?from=2020-01-01&to={Today}", Ct);
        var page = await client.GetAsync($"/history/compare?from=2020-01-01&to={Today}", Ct);
        var at = await client.GetAsync("/history/at?date=2020-01-01", Ct);
        var notADate = await client.GetAsync($"/api/v1/history/compare?from=12-03-2026&to={Today}", Ct);

        var message = $"Er is geen momentopname van 2020-01-01. Wel van: {Today}.";
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains(message, await at.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Contains("from: '12-03-2026' is geen datum; schrijf JJJJ-MM-DD", await notADate.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AChangeAfterASnapshotShowsInTheComparisonTheReadOnlyViewAndTheReport()
    {
        var client = app.CreateClient();
        var board = await app.DemoBoardIdAsync();
        (await client.PostAsJsonAsync("/api/v1/history/snapshots", new { label = "RvT november" }, Ct)).EnsureSuccessStatusCode();
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test")))
        {
            // The recorded snapshot is moved to yesterday, as if it had been taken then; the change below is today's.
            var snapshot = await db.Snapshots.SingleAsync(s => s.Label == "RvT november", Ct);
            snapshot.Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Nieuw Rooster", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"] });
            await db.SaveChangesAsync(Ct);
        }

        var report = await client.GetStringAsync("/api/v1/report?format=html", Ct);
        var history = await HistoryAsync(client);
        var compare = await client.GetFromJsonAsync<JsonElement>($"/api/v1/history/compare?from={Yesterday}&to={Today}", Ct);
        var page = await client.GetStringAsync($"/history/compare?from={Yesterday}&to={Today}", Ct);
        var at = await client.GetStringAsync($"/history/at?date={Yesterday}", Ct);
        var twoDays = await client.GetStringAsync("/history", Ct);

        Assert.Contains("Nieuw: Nieuw Rooster.", report);
        Assert.Equal([Yesterday, Today], history.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal(["Nieuw Rooster"], compare.GetProperty("added").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Nieuw Rooster", page);
        Assert.Contains("id=\"read-only\"", at);
        Assert.DoesNotContain("Nieuw Rooster", at);
        Assert.Contains("id=\"services-at\"", at);
        Assert.DoesNotContain("id=\"one-snapshot\"", twoDays);
    }

    [Fact]
    public async Task AReaderSeesNoVastleggenAndIsRefusedWhenRecordingAnyway()
    {
        var demo = await app.DemoBoardIdAsync();
        var reader = await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader);
        var editor = await app.SignedInClientAsync("redacteur@bestuur.nl", demo, BoardRole.Editor);

        var readersPage = await reader.GetStringAsync("/history", Ct);
        var editorsPage = await editor.GetStringAsync("/history", Ct);
        var api = await reader.PostAsJsonAsync("/api/v1/history/snapshots", new { label = "stiekem" }, Ct);
        var form = await reader.PostAsync("/history?handler=record", new FormUrlEncodedContent([new("Label", "stiekem")]), Ct);

        Assert.DoesNotContain("id=\"record\"", readersPage);
        Assert.DoesNotContain("record-form", readersPage);
        Assert.Contains("id=\"record\"", editorsPage);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(demo, "test"));
        Assert.False(await db.Snapshots.AnyAsync(s => s.Label == "stiekem", Ct));
    }
}
