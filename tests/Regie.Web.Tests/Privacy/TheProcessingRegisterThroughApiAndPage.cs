using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Regie.Web.Features.ProcessingRecords;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Privacy;

/// <summary>The processing register on the demo board: listed, filtered, edited through the API and the page, exported and printed.</summary>
public sealed partial class TheProcessingRegisterThroughApiAndPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> MagisterAsync(HttpClient client) => (await app.ServicesAsync(client)).Single(s => s.Name == "Magister").Id;

    private static Task<ProcessingRegisterDto?> RegisterAsync(HttpClient client, string query = "") =>
        client.GetFromJsonAsync<ProcessingRegisterDto>("/api/v1/processing-register" + query, RegieApp.Json, Ct);

    private static ProcessingRecordInputDto Input(string purpose, string? version = null, string? notes = null) =>
        new(purpose, ["leerlingen", "ouders"], "algemeen-belang", "Tot twee jaar na uitschrijving", notes, version);

    [Fact]
    public async Task EveryServiceHasARecordAndTheFilterKeepsExactlyTheTransfers()
    {
        var client = app.CreateClient();

        var all = (await RegisterAsync(client))!;
        var outside = (await RegisterAsync(client, "?outsideEea=true"))!;

        Assert.Equal((await app.ServicesAsync(client)).Count, all.Records.Count);
        Assert.NotEmpty(outside.Records);
        Assert.All(outside.Records, r => Assert.Equal("outside", r.TransferStatus));
        Assert.All(outside.Records, r => Assert.All(r.Transfers, t => Assert.False(string.IsNullOrEmpty(t.Source))));
        Assert.Equal(all.Records.Where(r => r.TransferStatus == "outside").Select(r => r.ServiceId).Order(), outside.Records.Select(r => r.ServiceId).Order());
        Assert.Equal(outside.Records.Count, all.Summary.WithTransfers);
    }

    [Fact]
    public async Task TheBoardsFieldsRoundTripAndShowAsItsOwnOnThePage()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        var before = (await client.GetFromJsonAsync<ProcessingRecordDto>($"/api/v1/processing-register/{id}", RegieApp.Json, Ct))!;
        Assert.Equal("0", before.Version);
        Assert.Equal("unknown", before.LegalBasis.Origin);

        var put = await client.PutAsJsonAsync($"/api/v1/processing-register/{id}", Input("Leerlingen inschrijven en volgen", before.Version), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = (await put.Content.ReadFromJsonAsync<ProcessingRecordDto>(RegieApp.Json, Ct))!;
        Assert.Equal(("board", "Leerlingen inschrijven en volgen"), (saved.Purposes.Origin, saved.Purposes.Values.Single()));
        Assert.Equal(["leerlingen", "ouders"], saved.DataSubjects.Values);
        Assert.Equal(["algemeen-belang"], saved.LegalBasis.Values);
        Assert.False(string.IsNullOrEmpty(saved.Retention.EditedBy));
        Assert.NotNull(saved.Retention.EditedAt);
        Assert.NotEqual("0", saved.Version);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/processing-register", Ct));
        Assert.Contains("Leerlingen inschrijven en volgen", page);
        Assert.Contains("bestuur (", page);
        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/processing-register/{id}", Ct));
        Assert.Contains("Tot twee jaar na uitschrijving", form);
    }

    [Fact]
    public async Task BadInputIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);

        var response = await client.PutAsJsonAsync($"/api/v1/processing-register/{id}",
            new ProcessingRecordInputDto("Goed doel", ["leerlingen", "katten"], "willekeur", new string('x', 600), "a\0b"), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("'katten' is geen bekende categorie", errors.GetProperty("dataSubjects")[0].GetString());
        Assert.Contains("grondslag", errors.GetProperty("legalBasis")[0].GetString());
        Assert.Contains("'bewaartermijn' is te lang", errors.GetProperty("retention")[0].GetString());
        Assert.Contains("'opmerkingen' bevat verborgen tekens", errors.GetProperty("notes")[0].GetString());
        var stored = (await client.GetFromJsonAsync<ProcessingRecordDto>($"/api/v1/processing-register/{id}", RegieApp.Json, Ct))!;
        Assert.Equal(("0", "landscape"), (stored.Version, stored.Purposes.Origin));

        var pageResponse = await FormPost.SubmitAsync(client, $"/processing-register/{id}", $"/processing-register/{id}",
            [new("Form.Purpose", "Goed doel"), new("Form.DataSubjects", "katten"), new("Form.Version", "0")]);
        var html = WebUtility.HtmlDecode(await pageResponse.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Het veld 'categorieën betrokkenen': 'katten' is geen bekende categorie", html);
        Assert.Equal("0", (await client.GetFromJsonAsync<ProcessingRecordDto>($"/api/v1/processing-register/{id}", RegieApp.Json, Ct))!.Version);
    }

    [Fact]
    public async Task AStaleSaveGets409OrWithIfMatch412AndTheFirstStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = await MagisterAsync(anna);

        var first = await anna.PutAsJsonAsync($"/api/v1/processing-register/{id}", Input("Anna's doel", "0"), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync($"/api/v1/processing-register/{id}", Input("Bram's doel", "0"), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/processing-register/{id}") { Content = JsonContent.Create(Input("Bram's doel"), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var stored = (await anna.GetFromJsonAsync<ProcessingRecordDto>($"/api/v1/processing-register/{id}", RegieApp.Json, Ct))!;
        Assert.Equal("Anna's doel", stored.Purposes.Values.Single());

        var page = await FormPost.SubmitAsync(bram, $"/processing-register/{id}", $"/processing-register/{id}",
            [new("Form.Purpose", "Oude versie"), new("Form.Version", "0")]);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("Iemand anders heeft deze verwerking opgeslagen", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task CsvAndXlsxExportsNeutraliseFormulas()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        (await client.PutAsJsonAsync($"/api/v1/processing-register/{id}", Input("=HYPERLINK(\"https://evil.example\")", notes: "@SUM(1)"), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/exports/processing-register?format=csv", Ct));
        var xlsx = await client.GetByteArrayAsync("/api/v1/exports/processing-register?format=xlsx", Ct);

        Assert.Contains("'=HYPERLINK", csv);
        Assert.Contains("'@SUM(1)", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var magister = rows.Single(r => (string?)r["Dienst"] == "Magister");
        Assert.Equal("'=HYPERLINK(\"https://evil.example\")", magister["Doeleinden"]);
    }

    [Fact]
    public async Task TheOutsideEeaExportHoldsOnlyTheTransfers()
    {
        var client = app.CreateClient();
        var json = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/exports/processing-register?format=json&outsideEea=true", Ct);

        Assert.NotEmpty(json!);
        Assert.All(json!, r => Assert.Equal("ja", r.GetProperty("outsideEea").GetString()));
    }

    [Fact]
    public async Task ThePrintableRegisterNamesEveryServiceAndEncodesItsText()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        (await client.PutAsJsonAsync($"/api/v1/processing-register/{id}", Input("<script>alert(1)</script>"), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var html = await client.GetStringAsync("/api/v1/processing-register/document?format=html", Ct);
        var wrong = await client.GetAsync("/api/v1/processing-register/document?format=docx", Ct);

        Assert.Contains("<h1>Verwerkingsregister: ", html);
        Assert.Contains("<h2>Magister</h2>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task TheRegisterIsLinkedFromTheNavigationAndEveryServicePage()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);

        var home = await client.GetStringAsync("/", Ct);
        var service = await client.GetStringAsync($"/services/{id}", Ct);

        Assert.Contains("href=\"/processing-register\"", home);
        Assert.Contains($"href=\"/processing-register/{id}\"", service);
    }

    [Fact]
    public async Task TheBoardReportHasAShortRegisterSectionWithTheSummarysFigures()
    {
        var client = app.CreateClient();
        var summary = (await RegisterAsync(client))!.Summary;

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/api/v1/report?format=html", Ct));

        Assert.Contains("<h2 id=\"processing-register\">Verwerkingsregister</h2>", html);
        Assert.Contains($"{summary.Records} verwerkingen in het register (artikel 30 AVG), gegenereerd uit het landschap; {summary.WithTransfers} met doorgifte buiten de EU/EER", html);
        Assert.Contains($"<td>{summary.TransfersByProcessor[0].Processor}</td><td class=\"n\">{summary.TransfersByProcessor[0].Services}</td>", html);
    }

    [GeneratedRegex("name=\"Form.Version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormVersion();
}
