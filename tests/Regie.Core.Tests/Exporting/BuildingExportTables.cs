using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Planning;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Exporting;

/// <summary>A list export is a typed table: numbers stay numbers, text keeps what was typed and loses its formula only for a spreadsheet.</summary>
public sealed class BuildingExportTables
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());
    private static readonly Landscape.BoardLandscape Board = DemoBoard.Create(Shipped);

    private static readonly ExportColumn[] Columns =
    [
        new("name", "Naam", "Name"), new("pupils", "Leerlingen", "Pupils", CellKind.Integer),
        new("score", "Score", "Score", CellKind.Decimal, 1), new("end", "Einde", "End", CellKind.Date),
    ];

    private static ExportTable Table(params IReadOnlyList<object?>[] rows) => new(new("diensten", "services"), Columns, rows);

    [Fact]
    public void CellsAreTypedByTheirColumnAndDecimalsRoundedToTheColumnsPlaces()
    {
        var table = Table(["Magister", 1200, 71.25, new DateOnly(2027, 7, 31)], ["Leeg", null, null, null]);

        Assert.Equal(["Magister", 1200L, 71.3m, new DateOnly(2027, 7, 31)], table.Rows[0]);
        Assert.Equal(["Leeg", null, null, null], table.Rows[1]);
    }

    [Fact]
    public void ACellOfTheWrongTypeOrARowOfTheWrongLengthIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Table(["Magister", "1200", 71.2, null]));
        Assert.Throws<ArgumentException>(() => Table(["Magister", 1200, double.NaN, null]));
        Assert.Throws<ArgumentException>(() => Table(["Magister", 1200]));
    }

    [Fact]
    public void SpreadsheetRowsNeutraliseFormulasButTheRowsKeepWhatWasTyped()
    {
        var table = Table(["=HYPERLINK(\"http://evil.example\")", -3, -1.5, null], ["+cmd", null, null, null]);

        Assert.Equal("=HYPERLINK(\"http://evil.example\")", table.Rows[0][0]);
        var spreadsheet = table.SpreadsheetRows.ToList();
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", spreadsheet[0][0]);
        Assert.Equal("'+cmd", spreadsheet[1][0]);
        Assert.Equal(-3L, spreadsheet[0][1]);
        Assert.Equal(-1.5m, spreadsheet[0][2]);
    }

    [Fact]
    public void ALongListIsCutAtTheMaximumAndSaysSo()
    {
        var rows = Enumerable.Range(0, ExportTable.MaxRows + 5).Select(i => (IReadOnlyList<object?>)[$"dienst {i}", i, null, null]);

        var table = new ExportTable(new("diensten", "services"), Columns, rows);

        Assert.Equal(ExportTable.MaxRows, table.Rows.Count);
        Assert.True(table.Truncated);
        Assert.False(Table(["Magister", 1, null, null]).Truncated);
    }

    [Theory]
    [InlineData("Stichting Voorbeeld", false, "diensten-stichting-voorbeeld-2026-12-06.csv")]
    [InlineData("Scholengroep Cluster Één/../\"x\"", true, "services-scholengroep-cluster-een-x-2026-12-06.csv")]
    [InlineData("", false, "diensten-2026-12-06.csv")]
    public void TheFileNameHoldsListBoardAndDateInPlainLetters(string board, bool english, string expected) =>
        Assert.Equal(expected, Table().FileName(board, new DateOnly(2026, 12, 6), english, "csv"));

    [Fact]
    public void TheScoresListHoldsEveryServiceWithTheAnalysisScoreMostUrgentFirst()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);

        var table = ListExports.Scores(assessment, ReasonText.Dutch);

        var score = table.Columns.ToList().FindIndex(c => c.Key == "score");
        var name = table.Columns.ToList().FindIndex(c => c.Key == "name");
        Assert.Equal(assessment.ByUrgency().Select(s => s.Service.Name), table.Rows.Select(r => (string)r[name]!));
        Assert.Equal(assessment.ByUrgency().Select(s => Math.Round((decimal)s.Sovereignty.Score, 1, MidpointRounding.AwayFromZero)), table.Rows.Select(r => (decimal)r[score]!));
    }

    [Fact]
    public void TheTextOfAListFollowsTheReadersLanguage()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);
        var standing = ListExports.Scores(assessment, ReasonText.Dutch).Columns.ToList().FindIndex(c => c.Key == "standing");

        var dutch = ListExports.Scores(assessment, ReasonText.Dutch).Rows.Select(r => (string)r[standing]!).ToHashSet();
        var english = ListExports.Scores(assessment, ReasonText.English).Rows.Select(r => (string)r[standing]!).ToHashSet();

        Assert.Contains("n.v.t.", dutch);
        Assert.Contains("n/a", english);
        Assert.Empty(dutch.Intersect(english));
    }

    [Fact]
    public void EveryListOfTheDemoBoardBuildsWithUniqueKeysAndHeaders()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);
        var sweep = ScenarioBoard.Prepare(Board, Shipped).RunSweep();
        ExportTable[] tables =
        [
            ListExports.Services(assessment, ReasonText.Dutch), ListExports.Scores(assessment, ReasonText.Dutch),
            ListExports.Priorities(assessment, ReasonText.Dutch), ListExports.Scenarios(sweep, ReasonText.Dutch),
            ListExports.Parties(Shipped.Catalog, ReasonText.Dutch), ListExports.Catalog(Shipped.Catalog, ReasonText.Dutch),
        ];

        Assert.All(tables, t =>
        {
            Assert.NotEmpty(t.Rows);
            Assert.Equal(t.Columns.Count, t.Columns.Select(c => c.Key).Distinct().Count());
            Assert.Equal(t.Columns.Count, t.Columns.Select(c => c.Dutch).Distinct().Count());
            Assert.Equal(t.Columns.Count, t.Columns.Select(c => c.English).Distinct().Count());
        });
        Assert.Equal(Board.Services.Count, tables[0].Rows.Count);
        Assert.Equal(sweep.Rows.Count, tables[3].Rows.Count);
        Assert.Equal(Shipped.Catalog.Products.Count, tables[5].Rows.Count);
    }

    [Fact]
    public void TheRoadmapListNamesTheTargetWithItsVariantInTheReadersLanguage()
    {
        var service = Board.Services[0];
        var plan = RoadmapSequencer.Sequence(new RoadmapRequest(Board, [new PlannedMove(Guid.NewGuid(), service.Id, "surf-nextcloud")], 3, new Quarter(2027, 1)), Shipped);

        string TargetIn(System.Globalization.CultureInfo culture)
        {
            var table = ListExports.Roadmap(plan, culture);
            return (string)Assert.Single(table.Rows)[table.Columns.ToList().FindIndex(c => c.Key == "target")]!;
        }

        Assert.Equal("Nextcloud (bij SURF, proeftuin en pilots)", TargetIn(ReasonText.Dutch));
        Assert.Equal("Nextcloud (at SURF, testing ground and pilots)", TargetIn(ReasonText.English));
    }

    [Fact]
    public void TheServicesListNamesTheProductWithItsVariantInTheReadersLanguage()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);

        string ProductIn(System.Globalization.CultureInfo culture)
        {
            var table = ListExports.Services(assessment, culture);
            var (name, product) = (table.Columns.ToList().FindIndex(c => c.Key == "name"), table.Columns.ToList().FindIndex(c => c.Key == "product"));
            return (string)table.Rows.Single(r => (string?)r[name] == "ChatGPT (onbeheerd gebruik door personeel)")[product]!;
        }

        Assert.Equal("ChatGPT (gratis of persoonlijke accounts)", ProductIn(ReasonText.Dutch));
        Assert.Equal("ChatGPT (free / personal accounts)", ProductIn(ReasonText.English));
    }

    [Fact]
    public void TheCatalogListNamesAProductWithItsVariantInTheReadersLanguage()
    {
        string NameIn(System.Globalization.CultureInfo culture)
        {
            var table = ListExports.Catalog(Shipped.Catalog, culture);
            var name = table.Columns.ToList().FindIndex(c => c.Key == "name");
            return (string)table.Rows.Single(r => (string?)r[0] == "jitsi-meet-self-hosted")[name]!;
        }

        Assert.Equal("Jitsi Meet (zelf gehost of door een ICT-partner)", NameIn(ReasonText.Dutch));
        Assert.Equal("Jitsi Meet (self-hosted or run by an IT partner)", NameIn(ReasonText.English));
    }
}
