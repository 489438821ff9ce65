using System.Text.Json;

namespace Regie.Cli.Tests;

public sealed class ImportingAGoodInventory
{
    private const string Inventory = """
        naam;processen;leerlingen;persoonsgegevens;logt-in-via;contract-einde;exitclausule;dpia;jaarkosten
        Azure AD;identiteit-en-toegang;1200;accountgegevens;;2027-07-31;onbekend;klaar;
        Magister;Leerlingadministratie, toetsing;1200;leerlinggegevens, resultaten;Azure AD;31-07-2027;ja;bezig;12.500,00
        Eigen roosterapp;roostering;;;Azure AD;;;;
        """;

    [Fact]
    public async Task ScoreJsonListsEveryImportedServiceWithItsExplanation()
    {
        using var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("geïmporteerd in 'Stichting Test': 3 nieuwe diensten, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen; 2 nieuwe afhankelijkheden", import.Out);

        var score = await board.RunAsync("score", "--format", "json");

        Assert.True(score.ExitCode == 0, score.ToString());
        using var json = JsonDocument.Parse(score.Out);
        var services = json.RootElement.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["Azure AD", "Eigen roosterapp", "Magister"], services.Keys.Order());
        Assert.Equal("microsoft-entra-id", services["Azure AD"].GetProperty("catalogProductId").GetString());
        Assert.Equal(JsonValueKind.Null, services["Eigen roosterapp"].GetProperty("catalogProductId").ValueKind);
        var magister = services["Magister"];
        Assert.NotEmpty(magister.GetProperty("objectives")[0].GetProperty("criteria").EnumerateArray());
        Assert.StartsWith("U = K × R", magister.GetProperty("urgency").GetProperty("formula").GetProperty("text").GetString());
        Assert.True(magister.GetProperty("policy").GetProperty("applies").GetBoolean());
    }

    [Fact]
    public async Task ScoreJsonGivesEveryReasonAsCodeArgumentsAndText()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        using var json = JsonDocument.Parse((await board.RunAsync("score", "--format", "json")).Out);

        var magister = json.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Magister");
        var formula = magister.GetProperty("urgency").GetProperty("formula");
        Assert.Equal("urgencyFormula", formula.GetProperty("code").GetString());
        Assert.Equal(magister.GetProperty("criticality").GetProperty("value").GetInt32(), formula.GetProperty("args").GetProperty("criticality").GetInt32());
        Assert.Contains(",", formula.GetProperty("text").GetString());
        var reasons = magister.GetProperty("risk").GetProperty("reasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("code").GetString() == "mitigationCounted" && r.GetProperty("args").GetProperty("checks").GetInt32() == 6);
        var dpia = magister.GetProperty("objectives").EnumerateArray().SelectMany(o => o.GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("reason").GetProperty("code").GetString() == "dpiaRecorded");
        Assert.Equal("inProgress", dpia.GetProperty("reason").GetProperty("args").GetProperty("status").GetString());
        Assert.Equal("DPIA is bezig volgens het bestuur.", dpia.GetProperty("reason").GetProperty("text").GetString());
        Assert.Equal("nl-NL", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task ScoreJsonInEnglishExplainsInEnglish()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        using var json = JsonDocument.Parse((await board.RunAsync("score", "--format", "json", "--language", "en")).Out);

        var magister = json.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Magister");
        var dpia = magister.GetProperty("objectives").EnumerateArray().SelectMany(o => o.GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("reason").GetProperty("code").GetString() == "dpiaRecorded");
        Assert.Equal("A DPIA is in progress, according to the board.", dpia.GetProperty("reason").GetProperty("text").GetString());
        Assert.DoesNotContain(",", magister.GetProperty("risk").GetProperty("formula").GetProperty("text").GetString());
    }

    [Fact]
    public async Task SignInColumnBecomesAnEdgeOfTheGraph()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var graph = await board.RunAsync("graph", "--format", "dot");

        Assert.True(graph.ExitCode == 0, graph.ToString());
        Assert.Equal(2, graph.Out.Split('\n').Count(l => l.Contains("[label=\"logt in via\"]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ScoreTableShowsScoreRangeSealPolicyAndUrgencyPerService()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var table = await board.RunAsync("score");

        Assert.True(table.ExitCode == 0, table.ToString());
        foreach (var text in new[] { "Dienst", "Bereik", "SEAL", "Minimumeis", "Urgentie", "Magister", "Azure AD", "Eigen roosterapp" })
        {
            Assert.Contains(text, table.Out);
        }
    }

    [Fact]
    public async Task ScoreCsvHasOneLinePerServiceAfterTheHeader()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var csv = await board.RunAsync("score", "--format", "csv");

        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFFId;Dienst;Catalogus-id;Score;Score optimistisch;SEAL", lines[0]);
        Assert.Equal(4, lines.Length);
    }
}
