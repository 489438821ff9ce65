using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Exports;

/// <summary>Every list downloads as CSV for Dutch Excel, as XLSX and as JSON (docs/EXPORTS.md): all rows, no formulas, numbers as numbers.</summary>
public sealed class DownloadingLists(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Lists => ["services", "scores", "priorities", "scenarios", "roadmap", "parties", "catalog", "audit", "processing-register"];

    private static readonly Dictionary<string, string> DutchNames = new()
    {
        ["services"] = "diensten",
        ["scores"] = "scores",
        ["priorities"] = "prioriteiten",
        ["scenarios"] = "scenarios",
        ["roadmap"] = "routekaart",
        ["parties"] = "partijen",
        ["catalog"] = "catalogus",
        ["audit"] = "logboek",
        ["processing-register"] = "verwerkingsregister",
    };

    private static List<Dictionary<string, string>> ReadDutchCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";" });
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    private async Task<BoardAssessment> DemoAssessmentAsync()
    {
        var demo = await app.DemoBoardIdAsync();
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(demo, "test"));
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == demo, Ct);
        return BoardAssessor.Assess(await db.LoadLandscapeAsync(new OrganisationId(demo), TimeProvider.System, Ct),
            app.Services.GetRequiredService<RegieKnowledge>(), organisation.WeightProfile);
    }

    [Fact]
    public async Task ScoresReadWithADutchCsvParserAreTheScoresOfTheAnalysis()
    {
        var assessment = await DemoAssessmentAsync();

        var bytes = await app.CreateClient().GetByteArrayAsync("/api/v1/exports/scores?format=csv", Ct);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = ReadDutchCsv(bytes);
        Assert.Equal(assessment.ByUrgency().Select(s => s.Service.Name), rows.Select(r => r["Dienst"]));
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        foreach (var (row, service) in rows.Zip(assessment.ByUrgency()))
        {
            Assert.Equal(service.Sovereignty.Score, decimal.ToDouble(decimal.Parse(row["Score"], NumberStyles.Number, nl)), 0.05);
            Assert.Equal(service.Urgency.Value, decimal.ToDouble(decimal.Parse(row["Urgentie"], NumberStyles.Number, nl)), 0.005);
            Assert.Equal(service.Sovereignty.Seal, int.Parse(row["SEAL"], nl));
        }

        // The decimal comma is really there: a score with a fraction reads differently with the invariant culture.
        Assert.Contains(rows, r => r["Score"].Contains(',', StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r["Score"].Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEnglishCsvUsesACommaBetweenCellsAndADecimalPoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/exports/scores?format=csv");
        request.Headers.Add("Cookie", "regie-lang=en");

        var response = await app.CreateClient().SendAsync(request, Ct);

        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Service,Catalog id,Score,Optimistic score,SEAL", lines[0]);
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var scores = csv.GetRecords<dynamic>().Select(r => (string)((IDictionary<string, object>)r)["Score"]).ToList();
        Assert.All(scores, s => Assert.Matches("^[0-9]+[.][0-9]$", s));
        Assert.StartsWith("scores-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task AHostileServiceNameComesOutAsTextInCsvAndXlsxAndNumbersStayNumbers()
    {
        var client = app.CreateClient();
        const string hyperlink = "=HYPERLINK(\"http://evil.example\";\"klik\")";
        foreach (var name in new[] { hyperlink, "+cmd|' /C calc'!A0" })
        {
            var created = await client.PostAsJsonAsync("/api/v1/services", new { name, processes = new[] { "lesgeven" }, pupils = 321 }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var rows = ReadDutchCsv(await client.GetByteArrayAsync("/api/v1/exports/services?format=csv", Ct));
        Assert.Contains(rows, r => r["Naam"] == "'" + hyperlink && r["Leerlingen"] == "321");
        Assert.Contains(rows, r => r["Naam"] == "'+cmd|' /C calc'!A0");
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.StartsWith('=') || v.StartsWith('+')));

        var xlsx = await client.GetByteArrayAsync("/api/v1/exports/services?format=xlsx", Ct);
        var sheet = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var hostile = sheet.Single(r => (string?)r["Naam"] == "'" + hyperlink);
        Assert.Contains(sheet, r => (string?)r["Naam"] == "'+cmd|' /C calc'!A0");
        Assert.IsType<double>(hostile["Leerlingen"]);
        Assert.Equal(321.0, hostile["Leerlingen"]);
        Assert.All(sheet, r => Assert.IsType<double>(r["Score"]));

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/exports/services?format=json", Ct);
        Assert.Contains(json.EnumerateArray(), r => r.GetProperty("name").GetString() == hyperlink && r.GetProperty("pupils").GetInt32() == 321);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryListDownloadsAsCsvXlsxAndJsonWithItsContentTypeAndName(string list)
    {
        var client = app.CreateClient();
        foreach (var (format, type) in new[] { ("csv", "text/csv"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("json", "application/json") })
        {
            var response = await client.GetAsync($"/api/v1/exports/{list}?format={format}", Ct);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list} {format}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
            Assert.Matches($"^{DutchNames[list]}-[a-z0-9-]+-[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}[.]{format}$", name);
            var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
            switch (format)
            {
                case "csv":
                    Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
                    Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                    break;
                case "xlsx":
                    Assert.Equal("PK"u8.ToArray(), bytes[..2]);
                    break;
                default:
                    Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(bytes).RootElement.ValueKind);
                    break;
            }
        }
    }

    [Fact]
    public async Task AnExportHoldsEveryRowNotOnePage()
    {
        var client = app.CreateClient();
        var services = await app.ServicesAsync(client);

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/exports/services?format=json", Ct);
        var xlsx = MiniExcel.Query(new MemoryStream(await client.GetByteArrayAsync("/api/v1/exports/services?format=xlsx", Ct)), useHeaderRow: true).Count();

        Assert.True(services.Count > 30);
        Assert.Equal(services.Count, json.GetArrayLength());
        Assert.Equal(services.Count, xlsx);
        Assert.Equal(services.Select(s => s.Id.ToString()).Order(), json.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order());
    }

    [Fact]
    public async Task AnUnknownFormatIsRefusedWithAClearMessage()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/exports/services?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kies csv, xlsx of json", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheAuditExportKeepsTheFilter()
    {
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/services", new { name = "Gefilterde dienst", processes = new[] { "lesgeven" } }, Ct)).EnsureSuccessStatusCode();

        var all = ReadDutchCsv(await client.GetByteArrayAsync("/api/v1/exports/audit?format=csv", Ct));
        var services = ReadDutchCsv(await client.GetByteArrayAsync("/api/v1/exports/audit?format=csv&entity=ServiceEntity", Ct));

        Assert.NotEmpty(services);
        Assert.All(services, r => Assert.Equal("ServiceEntity", r["Soort"]));
        Assert.True(all.Count > services.Count);
    }

    [Theory]
    [InlineData("/services", "services")]
    [InlineData("/services", "scores")]
    [InlineData("/priorities", "priorities")]
    [InlineData("/scenarios", "scenarios")]
    [InlineData("/roadmap", "roadmap")]
    [InlineData("/parties", "parties")]
    [InlineData("/catalog", "catalog")]
    [InlineData("/audit", "audit")]
    public async Task EveryListPageHasTheDownloadLinks(string page, string list)
    {
        var html = await app.CreateClient().GetStringAsync(page, Ct);

        foreach (var format in new[] { "csv", "xlsx", "json" })
        {
            Assert.Contains($"id=\"download-{list}-{format}\"", html);
            Assert.Contains($"href=\"/api/v1/exports/{list}?format={format}", html);
        }

        Assert.Contains("downloaden", html, StringComparison.OrdinalIgnoreCase);
    }
}
