using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exporting;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Discovery.Exporting;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorScan;

/// <summary>
/// The public sector scan on the web (docs/SECTOR.md): the page and the API show the core's summary of the stored scan,
/// the CSV is the command line's table for Dutch Excel, and the moves between two scans are worded by the core.
/// </summary>
public sealed class TheSectorScanOnTheWeb(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SectorScanSummary> CoreSummaryAsync(Guid scan, SummaryGrouping grouping, Guid? compare = null)
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return (await db.LoadScanSummaryAsync(scan, grouping, compare, Ct))!;
    }

    [Fact]
    public async Task WithoutARegisterOrScanThePageNamesTheCommandsAndTheApiSaysNotFound()
    {
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/sector", Ct);
        var summary = await client.GetAsync("/api/v1/sector/summary", Ct);
        var scans = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/sector/scans", Ct);

        Assert.Contains("id=\"register-empty\"", page);
        Assert.Contains("regie sector register", page);
        Assert.Contains("regie sector scan", page);
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Empty(scans!);
    }

    [Fact]
    public async Task ThePageShowsTheHandCountedSharesOfTheNewestScanAndTheMovesSinceTheOlder()
    {
        var (older, _) = await SmallSector.SeedAsync(app.Database, Ct);
        var client = app.CreateClient();

        var page = await client.GetStringAsync($"/sector?compare={older}", Ct);

        // Mail in the newest scan: Microsoft serves 2 of 4 schools, 1 of 3 boards (10001 by its own domain), 1,200 of 1,500 pupils.
        var microsoft = page[page.IndexOf("Microsoft 365</a></th>", StringComparison.Ordinal)..];
        microsoft = microsoft[..microsoft.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("<summary>50,0%</summary>", microsoft);
        Assert.Contains("<summary>33,3%</summary>", microsoft);
        Assert.Contains("<summary>80,0%</summary>", microsoft);
        Assert.Contains("2 van 4 scholen.", microsoft);
        Assert.Contains("1 van 3 besturen.", microsoft);
        Assert.Contains("1.200 van 1.500 leerlingen", microsoft);
        Assert.Contains("1 bestuur en 2 scholen zijn met hun mail van Google Workspace naar Microsoft 365 verhuisd.", page);
        Assert.Contains("id=\"register-status\"", page);
        Assert.Contains("<svg", page);
        // Drawn 420 wide beside its table, so the chart is scaled up and its 9-unit labels stay readable.
        Assert.Contains("viewBox=\"0 0 420 ", page);
        // Its labels carry the table's one decimal: the board share of Microsoft, 1 of 3, reads 33,3% in both.
        var chart = page[page.IndexOf("<svg", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.Contains(">33,3%</text>", chart);
    }

    [Fact]
    public async Task TheSummaryApiGivesTheCoresFiguresPerGroupAndItsMoves()
    {
        var (older, newer) = await SmallSector.SeedAsync(app.Database, Ct);
        var core = await CoreSummaryAsync(newer, SummaryGrouping.Province, older);

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/sector/summary?scan=latest&by=province&compare={older.ToString()[..8]}", Ct);

        Assert.Equal(newer, json.GetProperty("scan").GetProperty("id").GetGuid());
        Assert.Equal(older, json.GetProperty("compared").GetProperty("id").GetGuid());
        var groups = json.GetProperty("summary").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(core.Summary.Groups.Select(g => g.Key), groups.Select(g => g.GetProperty("key").GetString()));
        var served = groups.SelectMany(g => g.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("providers").EnumerateArray()
            .Select(p => (g.GetProperty("key").GetString(), a.GetProperty("area").GetString(), p.GetProperty("provider").GetProperty("id").GetString(),
                p.GetProperty("schools").GetInt32(), p.GetProperty("boards").GetInt32(), p.GetProperty("pupils").GetInt32())))).ToList();
        var expected = core.Summary.Groups.SelectMany(g => g.Areas.SelectMany(a => a.Providers
            .Select(p => ((string?)g.Key, (string?)a.Area.ToString(), (string?)p.Provider.Id, p.Schools, p.Boards, p.Pupils)))).ToList();
        Assert.Equal(expected, served);
        var move = Assert.Single(json.GetProperty("moves").EnumerateArray());
        Assert.Equal("providersMoved", move.GetProperty("reason").GetProperty("code").GetString());
        Assert.Equal((1, 2), (move.GetProperty("boards").GetInt32(), move.GetProperty("schools").GetInt32()));
    }

    [Fact]
    public async Task TheCsvIsTheCommandLinesTableAndOpensWithADutchParser()
    {
        var (_, newer) = await SmallSector.SeedAsync(app.Database, Ct);
        var core = await CoreSummaryAsync(newer, SummaryGrouping.Sector);

        var response = await app.CreateClient().GetAsync("/api/v1/sector/summary?by=sector&format=csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TableFiles.Bytes(ScanSummaryExport.Table(core.Summary, english: false), ExportFormat.Csv, english: false), bytes);
        using var csv = new CsvReader(new StreamReader(new MemoryStream(bytes)), new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";" });
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var row = rows.Single(r => (string)r["Groep"] == "alle" && (string)r["Gebied"] == "Mail" && (string)r["Aanbieder"] == "Microsoft 365");
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        Assert.Equal(2, int.Parse((string)row["Scholen"], nl));
        Assert.Equal(33.3m, decimal.Parse(((string)row["Aandeel besturen"]).TrimEnd('%'), nl));
        Assert.Equal(80.0m, decimal.Parse(((string)row["Aandeel leerlingen"]).TrimEnd('%'), nl));
        Assert.Contains(rows, r => (string)r["Groep"] == "Vo");
    }

    [Fact]
    public async Task AnUnknownGroupingOrFormatIsRefusedWithTheChoices()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var client = app.CreateClient();

        var by = await client.GetAsync("/api/v1/sector/summary?by=gemeente", Ct);
        var format = await client.GetAsync("/api/v1/sector/summary?format=pdf", Ct);
        var scan = await client.GetAsync("/api/v1/sector/summary?scan=ffffffff", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, by.StatusCode);
        Assert.Contains("sector, province of size", await by.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, scan.StatusCode);
    }

    [Fact]
    public async Task HostileBoardSchoolAndProviderNamesRenderAsText()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var client = app.CreateClient();

        var summary = await client.GetStringAsync("/sector?by=province", Ct);
        var board = await client.GetStringAsync("/sector/boards/10002", Ct);

        foreach (var html in new[] { summary, board })
        {
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b>Zuidschool", html);
        }

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Mail", summary);
        Assert.Contains("&lt;b&gt;Zuidschool&lt;/b&gt;", board);
        Assert.Contains("&lt;script&gt;", board);
    }

    [Fact]
    public async Task InEnglishThePageSpeaksEnglishWithTheCoresEnglishMoves()
    {
        var (older, _) = await SmallSector.SeedAsync(app.Database, Ct);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");

        var page = await client.GetStringAsync($"/sector?by=size&compare={older}", Ct);

        Assert.Contains("Sector picture", page);
        Assert.Contains("1 board and 2 schools moved their mail from Google Workspace to Microsoft 365", page);
        Assert.Contains("<summary>50.0%</summary>", page);
        foreach (var dutch in new[] { "scholen", "besturen", "Telregels", "verhuisd", "Hele sector", "niet gemeten" })
        {
            Assert.DoesNotContain(">" + dutch, page);
        }
    }

    [Fact]
    public async Task TheBoardPageShowsEachSchoolsDomainProvidersAndEvidence()
    {
        await SmallSector.SeedAsync(app.Database, Ct);

        var page = await app.CreateClient().GetStringAsync("/sector/boards/10001", Ct);
        var api = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/sector/boards/10001", Ct);

        Assert.Contains("noordschool.nl", page);
        Assert.Contains("noord-vo.nl", page);
        Assert.Contains("10 mx.microsoft.example.", page);
        Assert.Contains("Met zijn eigen domein noord.nl", page);
        Assert.Equal(["10AA00", "10AB00"], api.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()!));
        Assert.Equal("MX", api.GetProperty("schools")[0].GetProperty("findings")[0].GetProperty("evidence")[0].GetProperty("recordType").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheSectorEndpoints()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        var summary = paths.GetProperty("/api/v1/sector/summary").GetProperty("get");
        Assert.Equal(["scan", "by", "compare", "format"], summary.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
        Assert.Contains("Sector", summary.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(paths.TryGetProperty("/api/v1/sector/scans", out _));
        Assert.True(paths.GetProperty("/api/v1/sector/boards/{number}").TryGetProperty("get", out _));
    }
}
