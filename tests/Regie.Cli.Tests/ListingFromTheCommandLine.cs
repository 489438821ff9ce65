using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Regie.Cli.Tests;

/// <summary>`regie list` and `--format csv|xlsx` write the same lists as the web's downloads: Dutch Excel CSV, typed XLSX, JSON.</summary>
public sealed class ListingFromTheCommandLine
{
    private const string Inventory = """
        naam;processen;leerlingen
        Magister;leerlingadministratie;1200
        +cmd;roostering;7
        Zermelo;roostering;900
        """;

    private static async Task<TestBoard> BoardAsync()
    {
        var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());
        return board;
    }

    [Fact]
    public async Task TheServicesListAsXlsxHasNumbersAsNumbersAndNoFormula()
    {
        using var board = await BoardAsync();
        var file = board.WriteFile("diensten.xlsx", "");

        var result = await board.RunAsync("list", "services", "--format", "xlsx", "--output", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(1200.0, rows.Single(r => (string?)r["Naam"] == "Magister")["Leerlingen"]);
        Assert.Contains(rows, r => (string?)r["Naam"] == "'+cmd");
    }

    [Fact]
    public async Task ScoresAsCsvReadBackWithADutchParserAndInEnglishWithCommas()
    {
        using var board = await BoardAsync();

        var dutch = await board.RunAsync("score", "--format", "csv");
        var english = await board.RunAsync("list", "scores", "--format", "csv", "--language", "en");

        Assert.True(dutch.ExitCode == 0, dutch.ToString());
        Assert.StartsWith("\uFEFF", dutch.Out);
        using var nl = new CsvReader(new StringReader(dutch.Out.TrimStart('\uFEFF')), new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";" });
        var scores = nl.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["Dienst"], r => decimal.Parse((string)r["Score"], CultureInfo.GetCultureInfo("nl-NL")));
        using var en = new CsvReader(new StringReader(english.Out.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var same = en.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["Service"], r => decimal.Parse((string)r["Score"], CultureInfo.InvariantCulture));
        Assert.Equal(3, scores.Count);
        Assert.Equal(scores.OrderBy(s => s.Key), same.OrderBy(s => s.Key));
        Assert.Contains(",", dutch.Out.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxWithoutAnOutputFileIsAUsageError()
    {
        using var board = await BoardAsync();

        var result = await board.RunAsync("list", "priorities", "--format", "xlsx");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--output", result.Err);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("priorities")]
    [InlineData("scenarios")]
    [InlineData("roadmap")]
    [InlineData("parties")]
    [InlineData("catalog")]
    public async Task EveryListPrintsAsATableAndAsJson(string list)
    {
        using var board = await BoardAsync();

        var table = await board.RunAsync("list", list);
        var json = await board.RunAsync("list", list, "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, System.Text.Json.JsonDocument.Parse(json.Out).RootElement.ValueKind);
    }
}
