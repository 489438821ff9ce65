using System.Text.Json;

namespace Regie.Cli.Tests;

/// <summary>`regie questionnaire` writes a vendor's questionnaire and `regie questionnaire import` reads its answers back, all or nothing.</summary>
public sealed class AskingAVendorFromTheCommandLine
{
    private const string Inventory = """
        naam;processen;leerlingen
        Zermelo;roostering;1200
        """;

    private static async Task<TestBoard> BoardWithZermeloAsync()
    {
        var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());
        return board;
    }

    private static JsonElement Criterion(JsonDocument score, string id) =>
        score.RootElement.GetProperty("services")[0].GetProperty("objectives").EnumerateArray()
            .SelectMany(o => o.GetProperty("criteria").EnumerateArray()).Single(c => c.GetProperty("id").GetString() == id);

    [Fact]
    public async Task TheAnswerFileGoesOutAndComesBackAnsweredByTheVendor()
    {
        using var board = await BoardWithZermeloAsync();

        var list = await board.RunAsync("questionnaire");
        var document = await board.RunAsync("questionnaire", "--vendor", "zermelo");
        var csv = await board.RunAsync("questionnaire", "--vendor", "zermelo", "--format", "csv");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("Zermelo Software B.V.", list.Out);
        Assert.StartsWith("# Vragenlijst digitale autonomie voor Zermelo Software B.V.", document.Out);
        Assert.Contains("`zermelo/SOV2.law`", document.Out);
        var filled = string.Join("\n", csv.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r'))
            .Select(l => l.StartsWith("zermelo/SOV2.law;", StringComparison.Ordinal) ? l[..^3] + ";2;Nederlands recht;" : l));

        var import = await board.RunAsync("questionnaire", "import", board.WriteFile("antwoorden.csv", filled));

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("1 antwoord van Zermelo Software B.V. opgeslagen uit antwoorden.csv", import.Out);
        using var score = JsonDocument.Parse((await board.RunAsync("score", "--format", "json")).Out);
        var law = Criterion(score, "SOV2.law");
        Assert.Equal(("vendor", 2), (law.GetProperty("origin").GetString(), law.GetProperty("option").GetInt32()));
        Assert.StartsWith("antwoord van Zermelo Software B.V., ", law.GetProperty("source").GetString());
    }

    [Fact]
    public async Task ABadAnswerFileIsRefusedWithRowAndFieldAndNothingIsStored()
    {
        using var board = await BoardWithZermeloAsync();

        var import = await board.RunAsync("questionnaire", "import", board.WriteFile("antwoorden.csv", "vraag;antwoord\nzermelo/SOV2.law;2\nzermelo/SOV2.law;1\nzermelo/SOV3.keys;x\n"),
            "--vendor", "zermelo");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("antwoorden.csv, regel 3, vraag: 'zermelo/SOV2.law' is al beantwoord in regel 2.", import.Err);
        Assert.Contains("antwoorden.csv, regel 4, antwoord: 'x' is geen optie", import.Err);
        Assert.Contains("Niets opgeslagen: 2 fouten in antwoorden.csv.", import.Err);
        using var score = JsonDocument.Parse((await board.RunAsync("score", "--format", "json")).Out);
        Assert.True(Criterion(score, "SOV2.law").GetProperty("unknown").GetBoolean());
    }

    [Fact]
    public async Task AWorkbookNeedsAFileToGoTo()
    {
        using var board = await BoardWithZermeloAsync();

        var refused = await board.RunAsync("questionnaire", "--vendor", "zermelo", "--format", "xlsx");
        var written = await board.RunAsync("questionnaire", "--vendor", "zermelo", "--format", "xlsx", "--output", board.PathOf("vragen.xlsx"));

        Assert.Equal(2, refused.ExitCode);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.True(new FileInfo(board.PathOf("vragen.xlsx")).Length > 1000);
    }
}
