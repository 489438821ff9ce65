using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorScan;

/// <summary>
/// The register's boards in the newest scan (docs/SECTOR.md), for sector analysts and system administrators: searched,
/// filtered, sorted and paged as the other lists, with the provider the board counts with and what changed since the scan
/// before; a CSV of the same list; and from the sector page's shares, each provider opens the boards that count with it.
/// </summary>
public sealed partial class TheListOfBoards(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AnalystAsync()
    {
        await app.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        var analyst = app.AnonymousClient();
        await RegieApp.SignInAsync(analyst, "analist@sivon.nl");
        return analyst;
    }

    private static async Task<List<string>> NumbersAsync(HttpClient client, string query)
    {
        var rows = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/sector/boards" + query, Ct);
        return [.. rows!.Select(r => r.GetProperty("boardNumber").GetString()!)];
    }

    [Fact]
    public async Task TheAnalystAndTheAdministratorListEveryBoardABoardsOwnUsersCannot()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var noord = await app.CreateBoardAsync("Stichting Noord");
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.Id == noord)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.RegisterBoardNumber, "10001"), Ct);
        }

        var analyst = await AnalystAsync();
        var administrator = await app.SignedInClientAsync("beheer@regie.nl", noord, BoardRole.None, systemAdministrator: true);
        var ownAdministrator = await app.SignedInClientAsync("beheer@noord.nl", noord, BoardRole.BoardAdministrator);

        // By name, as Dutch sorts: the hostile name's '<' before the letters.
        Assert.Equal(["10002", "10003", "10001"], await NumbersAsync(analyst, ""));
        Assert.Equal(["10002", "10003", "10001"], await NumbersAsync(administrator, ""));
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/sector/boards", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownAdministrator.GetAsync("/api/v1/sector/boards", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownAdministrator.GetAsync("/api/v1/sector/boards?q=10001&format=csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownAdministrator.GetAsync("/sector/boards", Ct)).StatusCode);
        var own = await ownAdministrator.GetStringAsync("/sector", Ct);
        Assert.Equal(["/sector/boards/10001"], SectorLinks().Matches(own).Select(m => m.Groups[1].Value).Distinct());
        Assert.DoesNotContain("class=\"boards-link\"", own);
        Assert.Contains("class=\"boards-link\"", await analyst.GetStringAsync("/sector", Ct));
    }

    [Fact]
    public async Task EachRowSaysTheBoardsSchoolsPupilsProviderAndWhatChangedSinceTheScanBefore()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();

        var rows = (await analyst.GetFromJsonAsync<List<JsonElement>>("/api/v1/sector/boards?sort=number", Ct))!;
        var page = await analyst.GetStringAsync("/sector/boards?sort=number", Ct);

        var noord = rows[0];
        Assert.Equal(("10001", "Stichting Noord", "Groningen", "Groningen", 2, 1200), (noord.GetProperty("boardNumber").GetString(), noord.GetProperty("name").GetString(),
            noord.GetProperty("province").GetString(), noord.GetProperty("municipality").GetString(), noord.GetProperty("schools").GetInt32(), noord.GetProperty("pupils").GetInt32()));
        Assert.Equal(["po", "vo"], noord.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal("microsoft", noord.GetProperty("providers").GetProperty("Mail").GetProperty("id").GetString());
        Assert.Equal(["Mail"], noord.GetProperty("changed").EnumerateArray().Select(a => a.GetString()!));
        Assert.Empty(rows[1].GetProperty("changed").EnumerateArray()); // 10002 kept its provider
        Assert.Empty(rows[2].GetProperty("changed").EnumerateArray()); // 10003 was measured in neither scan: no change
        Assert.Equal("(not-measured)", rows[2].GetProperty("providers").GetProperty("Mail").GetProperty("id").GetString());
        var row = page[page.IndexOf("data-board=\"10001\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/sector/boards/10001\"", row);
        Assert.Contains("1.200", row);
        Assert.Contains("Microsoft 365", row);
        Assert.Contains("ja: Mail", row);
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
    }

    [Fact]
    public async Task SearchFiltersSortAndPagesNarrowTheListAsTheOtherListsDo()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();

        Assert.Equal(["10001"], await NumbersAsync(analyst, "?q=noord"));
        Assert.Equal(["10002"], await NumbersAsync(analyst, "?q=venlo"));
        Assert.Equal(["10003"], await NumbersAsync(analyst, "?q=10003"));
        Assert.Equal(["10001"], await NumbersAsync(analyst, "?sector=vo"));
        Assert.Equal(["10002"], await NumbersAsync(analyst, "?province=limburg"));
        Assert.Equal(["10001"], await NumbersAsync(analyst, "?provider=microsoft"));
        Assert.Equal(["10003"], await NumbersAsync(analyst, "?provider=(not-measured)&area=mail"));
        Assert.Equal(["10002"], await NumbersAsync(analyst, "?provider=evil&sector=po&province=Limburg&size=small"));
        Assert.Equal(["10001", "10002", "10003"], await NumbersAsync(analyst, "?sort=pupils&desc=true"));

        var first = await analyst.GetAsync("/api/v1/sector/boards?sort=number&pageSize=2", Ct);
        var second = await analyst.GetAsync("/api/v1/sector/boards?sort=number&pageSize=2&page=2", Ct);
        var tooLarge = await analyst.GetAsync("/api/v1/sector/boards?pageSize=100000", Ct);
        Assert.Equal("3", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains("page=2", first.Headers.GetValues("Link").Single());
        Assert.Contains("rel=\"next\"", first.Headers.GetValues("Link").Single());
        Assert.Equal(["10003"], (await second.Content.ReadFromJsonAsync<List<JsonElement>>(Ct))!.Select(r => r.GetProperty("boardNumber").GetString()));
        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        var pagePaged = await analyst.GetStringAsync("/sector/boards?sort=number&pageSize=1&page=2", Ct);
        Assert.Contains("data-board=\"10002\"", pagePaged);
        Assert.DoesNotContain("data-board=\"10001\"", pagePaged);
        Assert.Contains("rel=\"next\"", pagePaged);
    }

    [Fact]
    public async Task AnUnknownFilterValueIsRefusedWithTheChoices()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();

        var sector = await analyst.GetAsync("/api/v1/sector/boards?sector=hbo", Ct);
        var sort = await analyst.GetAsync("/api/v1/sector/boards?sort=colour", Ct);
        var area = await analyst.GetAsync("/api/v1/sector/boards?area=1", Ct);
        var page = await analyst.GetStringAsync("/sector/boards?sector=hbo", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, sector.StatusCode);
        Assert.Contains("po, so, vo of mbo", await sector.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, sort.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, area.StatusCode);
        Assert.Contains("sector: &#x27;hbo&#x27; kennen we niet", page);
    }

    [Fact]
    public async Task EachProviderOfTheSectorPageOpensTheBoardsThatCountWithItInItsGroup()
    {
        var (_, newer) = await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var summary = (await db.LoadScanSummaryAsync(newer, SummaryGrouping.Sector, null, Ct))!;

        var page = await analyst.GetStringAsync("/sector?by=sector", Ct);

        var links = BoardsLinks().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains("/sector/boards?area=mail&provider=microsoft", links);
        Assert.Contains("/sector/boards?area=mail&provider=microsoft&sector=vo", links);
        foreach (var group in new[] { summary.Summary.Overall }.Concat(summary.Summary.Groups))
        {
            var mail = group.Areas.Single(a => a.Area == ScanArea.Mail);
            foreach (var share in mail.Providers)
            {
                var query = $"?area=mail&provider={Uri.EscapeDataString(share.Provider.Id)}" + (group.Key.Length > 0 ? $"&sector={group.Key.ToLowerInvariant()}" : "");
                Assert.Contains("/sector/boards" + query.Replace("%28", "(").Replace("%29", ")"), links.Select(l => l.Replace("%28", "(").Replace("%29", ")")));
                var listed = await analyst.GetAsync("/api/v1/sector/boards" + query, Ct);
                Assert.Equal(share.Boards.ToString(CultureInfo.InvariantCulture), listed.Headers.GetValues("X-Total-Count").Single());
            }
        }

        var opened = await analyst.GetStringAsync("/sector/boards?area=mail&provider=microsoft", Ct);
        Assert.Contains("data-board=\"10001\"", opened);
        Assert.DoesNotContain("data-board=\"10002\"", opened);
    }

    [Fact]
    public async Task TheCsvIsTheWholeFilteredListForDutchExcel()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();

        var response = await analyst.GetAsync("/api/v1/sector/boards?sector=po&sort=number&pageSize=1&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StreamReader(await response.Content.ReadAsStreamAsync(Ct)), new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";" });
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["10001", "10002", "10003"], rows.Select(r => (string)r["Bestuursnummer"]));
        Assert.Equal("1200", ((string)rows[0]["Leerlingen"]).Replace(".", "", StringComparison.Ordinal));
        Assert.Equal("Microsoft 365", rows[0]["Mail"]);
        Assert.Equal("Mail", rows[0]["Veranderd sinds vorige scan"]);
    }

    [Fact]
    public async Task InEnglishTheListSpeaksEnglish()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();
        analyst.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");

        var page = await analyst.GetStringAsync("/sector/boards", Ct);

        Assert.Contains("Boards in the sector scan", page);
        Assert.Contains("Changed since previous scan", page);
        Assert.Contains("yes: Mail", page);
        Assert.Contains("1,200", page);
        foreach (var dutch in new[] { "Gemeente", "Leerlingen", "Zoek op naam", "Veranderd" })
        {
            Assert.DoesNotContain(">" + dutch, page);
        }
    }

    [GeneratedRegex("href=\"(/sector/boards[^\"]*)\"")]
    private static partial Regex SectorLinks();

    [GeneratedRegex("href=\"(/sector/boards\\?[^\"]*)\" class=\"boards-link\"")]
    private static partial Regex BoardsLinks();
}
