using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using UglyToad.PdfPig;

namespace Regie.Cli.Tests.Reporting;

/// <summary>`regie report` writes the board report as a PDF (printed by Debian's Chromium) or HTML, with the analysis' figures.</summary>
public sealed class WritingTheBoardReport
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestBoard> BoardWithServicesAsync()
    {
        var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", Path.Combine(TestFiles.Fixtures("imports"), "inventory.csv"));
        Assert.True(import.ExitCode == 0, import.ToString());
        return board;
    }

    /// <summary>The average score as the analysis computes it for the board in the file, in Dutch.</summary>
    private static async Task<(string Average, int Services)> AnalysisAsync(TestBoard board)
    {
        var knowledge = Regie.Core.Knowledge.KnowledgeLoader.Load(TestFiles.RealDataFolder);
        await using var system = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var id = (await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(Ct)).Id;
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), new FixedTenant(id, "test"));
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(id), TimeProvider.System, Ct);
        var assessment = BoardAssessor.Assess(landscape, knowledge);
        return (assessment.Services.Average(s => s.Sovereignty.Score).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL")), assessment.Services.Count);
    }

    [Fact]
    public async Task ThePdfCarriesTheAnalysisFiguresAndAHeaderOnEveryPage()
    {
        using var board = await BoardWithServicesAsync();
        var pdf = board.PathOf("rapport.pdf");

        var run = await board.RunAsync("report", "--output", pdf);

        Assert.True(run.ExitCode == 0, run.ToString());
        var (average, services) = await AnalysisAsync(board);
        Assert.Contains($"{services} diensten", run.Out);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        var first = pages[0];
        Assert.Contains("bestuursrapportage", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Oordeel", first);
        Assert.Contains(average, first);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Stichting Test", pages[i]);
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i]);
            Assert.Contains("model ", pages[i]);
        }

        Assert.Contains(pages, p => p.Contains("Bijlage: per dienst"));
        Assert.Contains(pages, p => p.Contains("Magister"));
    }

    [Fact]
    public async Task HtmlIsChosenByTheExtensionAndEnglishByTheLanguage()
    {
        using var board = await BoardWithServicesAsync();
        var html = board.PathOf("report.html");

        var run = await board.RunAsync("report", "--output", html, "--language", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = await File.ReadAllTextAsync(html, Ct);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Contains("Board report", text);
        Assert.Contains("Appendix: per service", text);
        Assert.DoesNotContain("<script", text);
    }

    [Fact]
    public async Task AMissingChromiumIsNamedAndNoFileIsWritten()
    {
        using var board = await BoardWithServicesAsync();
        var pdf = board.PathOf("rapport.pdf");

        var run = await board.RunAsync("report", "--output", pdf, "--chromium", board.PathOf("geen-chromium"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Chromium is niet gevonden op", run.Err);
        Assert.Contains("--format html", run.Err);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public async Task ABoardWithoutServicesGetsAReportThatSaysSo()
    {
        using var board = await TestBoard.CreateAsync();
        var html = board.PathOf("leeg.html");

        var run = await board.RunAsync("report", "--output", html);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("nog geen diensten geregistreerd", await File.ReadAllTextAsync(html, Ct));
    }
}
