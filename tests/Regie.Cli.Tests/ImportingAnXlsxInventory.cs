using System.Text.Json;
using MiniExcelLibs;

namespace Regie.Cli.Tests;

public sealed class ImportingAnXlsxInventory
{
    [Fact]
    public async Task ATemplateFilledInWithExcelDataImports()
    {
        using var board = await TestBoard.CreateAsync();
        var template = board.PathOf("sjabloon.xlsx");
        var written = await board.RunAsync("import", "template", template);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("uitleg", MiniExcel.GetSheetNames(template));

        // Fill in the template's own header row with typed cells, as Excel stores them: numbers and a real date.
        var headers = ((IDictionary<string, object?>)MiniExcel.Query(template, useHeaderRow: false, sheetName: "inventaris").First()).Values.Select(v => (string)v!).ToList();
        var rows = new[]
        {
            Row(headers, ("naam", "Entra ID"), ("processen", "identiteit-en-toegang"), ("leerlingen", 1200), ("contract-einde", new DateTime(2027, 7, 31))),
            Row(headers, ("naam", "Somtoday"), ("processen", "leerlingadministratie"), ("leerlingen", 1150.0), ("logt-in-via", "Entra ID"), ("jaarkosten", 8400.5)),
        };
        var filled = board.PathOf("ingevuld.xlsx");
        MiniExcel.SaveAs(filled, rows, sheetName: "inventaris");

        var import = await board.RunAsync("import", filled);

        Assert.True(import.ExitCode == 0, import.ToString());
        using var json = JsonDocument.Parse((await board.RunAsync("score", "--format", "json")).Out);
        var names = json.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order();
        Assert.Equal(["Entra ID", "Somtoday"], names);
    }

    [Fact]
    public async Task TheTemplateExampleRowsImportAsTheyAre()
    {
        using var board = await TestBoard.CreateAsync();
        foreach (var file in new[] { "sjabloon.xlsx", "sjabloon.csv" })
        {
            Assert.Equal(0, (await board.RunAsync("import", "template", board.PathOf(file))).ExitCode);
        }

        var xlsx = await board.RunAsync("import", board.PathOf("sjabloon.xlsx"));
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());
        Assert.Contains(": 2 nieuwe diensten, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen; 1 nieuwe afhankelijkheid", xlsx.Out);

        // The CSV holds the same examples, so now its rows join what is registered and add nothing.
        var csv = await board.RunAsync("import", board.PathOf("sjabloon.csv"));
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Contains(": 0 nieuwe diensten, 0 bijgewerkt, 2 ongewijzigd, 0 overgeslagen; 0 nieuwe afhankelijkheden", csv.Out);
        Assert.Contains("'Magister': bestaat al als 'Magister'; niet gewijzigd.", csv.Out);
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> headers, params (string Column, object Value)[] values) =>
        headers.ToDictionary(h => h, object? (h) => values.FirstOrDefault(v => v.Column == h).Value);
}
