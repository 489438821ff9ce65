using System.Net;
using Regie.Web.Tests.Api;
using UglyToad.PdfPig;

namespace Regie.Web.Tests.Report;

/// <summary>The board report from the web: GET /api/v1/report and the /report page give the same file as `regie report`.</summary>
public sealed class DownloadingTheReport(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheApiGivesAPdfWithTheBoardsFiguresOnEveryPage()
    {
        var client = app.CreateClient();
        var services = (await app.ServicesAsync(client)).Count;

        var response = await client.GetAsync("/api/v1/report", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^bestuursrapportage-stichting-voorbeeld-onderwijs-demo-\d{4}-\d{2}-\d{2}\.pdf$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        var pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.Contains($"over {services} diensten", pages[0]);
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.Contains($"Pagina {p.i + 1} van {pages.Count}", p.text));
        Assert.All(pages, p => Assert.Contains("Stichting Voorbeeld Onderwijs", p));
    }

    [Fact]
    public async Task HtmlInEnglishAndAnUnknownFormatNamed()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var html = await client.GetAsync("/api/v1/report?format=html", Ct);
        var wrong = await client.GetAsync("/api/v1/report?format=docx", Ct);

        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var text = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Board report", text);
        Assert.Contains("Appendix: per service", text);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("'docx' is geen formaat van de rapportage; kies pdf of html", await wrong.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ThePageOffersBothDownloadsAndItsHandlerGivesTheFile()
    {
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/report", Ct);
        var file = await client.GetAsync("/report?handler=html", Ct);

        Assert.Contains("id=\"report-pdf\"", page);
        Assert.Contains("id=\"report-html\"", page);
        Assert.Contains("href=\"/report\"", page);
        Assert.Equal("text/html", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bestuursrapportage", await file.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AReaderMayDownloadTheReportOfTheirBoardOnly()
    {
        var board = await app.DemoBoardIdAsync();
        var reader = await app.SignedInClientAsync("lezer@school.nl", board, Regie.Data.BoardRole.Reader);
        var stranger = await app.SignedInClientAsync("ander@school.nl", Guid.NewGuid(), Regie.Data.BoardRole.None);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/report?format=html", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync("/api/v1/report?format=html", Ct)).StatusCode);
    }
}
