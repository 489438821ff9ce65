using System.Text.Json;
using MiniExcelLibs;

namespace Regie.Cli.Tests;

/// <summary>`regie register` writes the processing register from the local database: a table, CSV, JSON or XLSX, or only the transfers.</summary>
public sealed class TheRegisterFromTheCommandLine
{
    private const string Inventory = """
        naam;processen;leerlingen
        Microsoft 365;e-mail;1200
        +cmd;roostering;7
        """;

    private static async Task<TestBoard> BoardAsync()
    {
        var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());
        return board;
    }

    [Fact]
    public async Task TheJsonHoldsEveryServiceAndOutsideEeaOnlyTheTransfers()
    {
        using var board = await BoardAsync();

        var all = await board.RunAsync("register", "--format", "json");
        var outside = await board.RunAsync("register", "--format", "json", "--outside-eea");

        Assert.True(all.ExitCode == 0, all.ToString());
        var rows = JsonSerializer.Deserialize<List<JsonElement>>(all.Out.TrimStart('\uFEFF'))!;
        Assert.Equal(["+cmd", "Microsoft 365"], rows.Select(r => r.GetProperty("service").GetString()).Order(StringComparer.Ordinal));
        var transfers = JsonSerializer.Deserialize<List<JsonElement>>(outside.Out.TrimStart('\uFEFF'))!;
        var microsoft = Assert.Single(transfers);
        Assert.Equal("Microsoft 365", microsoft.GetProperty("service").GetString());
        Assert.Equal("ja", microsoft.GetProperty("outsideEea").GetString());
        Assert.Contains("buiten de EU/EER", microsoft.GetProperty("transfers").GetString());
        Assert.Contains("bron:", microsoft.GetProperty("transfers").GetString());
    }

    [Fact]
    public async Task TheTableSaysHowManyRecordsAndTransfersAndCsvHasNoFormula()
    {
        using var board = await BoardAsync();
        var file = board.WriteFile("register.xlsx", "");

        var table = await board.RunAsync("register");
        var csv = await board.RunAsync("register", "--format", "csv");
        var xlsx = await board.RunAsync("register", "--format", "xlsx", "--out", file);

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("2 verwerkingen, 1 met doorgifte buiten de EU/EER", table.Out);
        Assert.Contains("Microsoft 365", table.Out);
        Assert.Contains(";'+cmd;", csv.Out);
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());
        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => (string?)r["Dienst"] == "'+cmd");
    }
}
