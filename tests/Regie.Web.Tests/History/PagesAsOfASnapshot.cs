using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.History;

/// <summary>
/// The board's pages as of a snapshot (<c>?op=JJJJ-MM-DD</c>, docs/HISTORY.md): the snapshot's services rather than today's,
/// a read-only banner, no forms or edit buttons, changes refused, and a clear message for a date without a snapshot or a page
/// the snapshot cannot show.
/// </summary>
public sealed partial class PagesAsOfASnapshot(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A snapshot recorded now and moved to yesterday, then a service added today: the snapshot does not have it.</summary>
    private async Task<(HttpClient Client, Guid Board)> YesterdayAndATodaysServiceAsync()
    {
        var client = app.CreateClient();
        var board = await app.DemoBoardIdAsync();
        (await client.PostAsJsonAsync("/api/v1/history/snapshots", new { label = "RvT" }, Ct)).EnsureSuccessStatusCode();
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test"));
        var snapshot = await db.Snapshots.SingleAsync(s => s.Label == "RvT", Ct);
        snapshot.Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Nieuw Rooster", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"] });
        await db.SaveChangesAsync(Ct);
        return (client, board);
    }

    [Fact]
    public async Task APageAsOfASnapshotShowsThatDaysServicesReadOnly()
    {
        var (client, board) = await YesterdayAndATodaysServiceAsync();
        Guid magister;
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test")))
        {
            magister = await db.Services.Where(s => s.Name.StartsWith("Magister")).Select(s => s.Id).FirstAsync(Ct);
        }

        var then = await client.GetStringAsync($"/services?op={Yesterday}", Ct);
        var now = await client.GetStringAsync("/services", Ct);
        var detail = await client.GetStringAsync($"/services/{magister}?op={Yesterday}", Ct);
        var dashboard = await client.GetStringAsync($"/?op={Yesterday}", Ct);

        Assert.DoesNotContain("Nieuw Rooster", then);
        Assert.Contains("Nieuw Rooster", now);
        Assert.Contains("alleen lezen", then);
        Assert.Contains("id=\"as-of-banner\"", dashboard);
        Assert.DoesNotContain("id=\"as-of-banner\"", now);
        Assert.Contains($"href=\"/services/{magister}?op={Yesterday}\"", then);
        // Nothing that changes the board: no post form, no edit or delete button.
        Assert.DoesNotContain("method=\"post\"", detail.Replace("action=\"/account/signout\"", ""), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"/services/{magister}/edit", detail);
        Assert.DoesNotContain($"/services/{magister}/delete", detail);
        Assert.Contains("id=\"not-in-snapshot\"", detail);
        // The exports read today's board, so a page as of a snapshot offers none.
        Assert.DoesNotContain("/api/v1/exports/services", then);
        Assert.Contains("/api/v1/exports/services", now);
        foreach (var path in new[] { "/priorities", "/graph", "/scenarios", "/roadmap" })
        {
            var page = await client.GetAsync($"{path}?op={Yesterday}", Ct);
            var html = await page.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("id=\"as-of-banner\"", html);
            Assert.DoesNotContain("Nieuw Rooster", html);
            Assert.DoesNotContain("<form method=\"post\"", html);
        }

        // Viewing a snapshot takes no daily snapshot from it: today's (with the new service) is taken from today's board.
        await using var check = RegieDatabase.Create(app.Database, new FixedTenant(board, "test"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.All(await check.Snapshots.Where(s => s.Date == today).ToListAsync(Ct), s => Assert.Contains("Nieuw Rooster", Regie.Data.Snapshots.Read(s.Content).Services.Select(x => x.Name)));
    }

    [Fact]
    public async Task AChangeAsOfASnapshotIsRefused()
    {
        var (client, _) = await YesterdayAndATodaysServiceAsync();
        var form = await client.GetStringAsync("/priorities", Ct);
        var token = Token().Match(form).Groups[1].Value;

        var posted = await client.PostAsync($"/priorities?handler=mitigation&op={Yesterday}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("serviceId", Guid.NewGuid().ToString())]), Ct);

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("Een momentopname is alleen te lezen", await posted.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ADateWithoutASnapshotOrAPageTheSnapshotCannotShowIsSaidPlainly()
    {
        var (client, _) = await YesterdayAndATodaysServiceAsync();

        var missing = await client.GetAsync("/services?op=2020-01-01", Ct);
        var notADate = await client.GetAsync("/services?op=morgen", Ct);
        var processes = await client.GetAsync($"/processes?op={Yesterday}", Ct);
        var missingText = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Ct));
        var processesText = WebUtility.HtmlDecode(await processes.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains($"Er is geen momentopname van 2020-01-01. Wel van: {Yesterday}", missingText);
        Assert.DoesNotContain("Nieuw Rooster", missingText);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Contains("'morgen' is geen datum", WebUtility.HtmlDecode(await notADate.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, processes.StatusCode);
        Assert.Contains("De pagina /processes is niet te zien zoals hij was op", processesText);
        Assert.DoesNotContain("Nieuw Rooster", processesText);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
