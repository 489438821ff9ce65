namespace Regie.Cli.Tests;

/// <summary>OWASP CSV injection: a name the board typed must not become a formula in the spreadsheet of whoever opens the export.</summary>
public sealed class ExportsWithoutFormulas
{
    private const string Inventory = """
        naam;processen;leerlingen
        "=HYPERLINK(""http://evil.example"";""klik"")";roostering;10
        @SUM(1+1);roostering;
        Magister;roostering;1200
        """;

    [Fact]
    public async Task ScoreCsvWritesAFormulaLikeNameAsTextWithALeadingApostrophe()
    {
        using var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());

        var score = await board.RunAsync("score", "--format", "csv");

        Assert.True(score.ExitCode == 0, score.ToString());
        var names = score.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Cells).Select(cells => cells[1]).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\";\"klik\")", names);
        Assert.Contains("'@SUM(1+1)", names);
        Assert.Contains("Magister", names);
        Assert.DoesNotContain(names, n => n.StartsWith('=') || n.StartsWith('@'));
    }

    /// <summary>The cells of one line of the Dutch CSV (';' between cells; a cell with ';' or a quote is quoted, its quotes doubled).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.TrimEnd('\r').Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
