using System.Text.Json;

namespace Regie.Cli.Tests;

/// <summary>`regie verdict` says where the board stands, what holds it and where to begin, as text or as JSON.</summary>
public sealed class AskingForTheVerdict
{
    // Both support an essential process (toetsing, lesgeven), so both have a minimum; both fail it on the EC rule.
    private const string Inventory = """
        naam;processen;leerlingen
        Cito LVS;toetsing;1200
        Canva;lesgeven;800
        """;

    [Fact]
    public async Task TheJsonCountsEveryServiceOnceAndEveryCauseListsItsServices()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var result = await board.RunAsync("verdict", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var verdict = JsonDocument.Parse(result.Out);
        var counts = verdict.RootElement.GetProperty("counts");
        Assert.Equal(2, counts.GetProperty("services").GetInt32());
        Assert.Equal(counts.GetProperty("withMinimum").GetInt32(),
            counts.GetProperty("meets").GetInt32() + counts.GetProperty("failsOnKnownFacts").GetInt32() + counts.GetProperty("undetermined").GetInt32());
        var causes = verdict.RootElement.GetProperty("rootCauses").EnumerateArray().ToList();
        Assert.NotEmpty(causes);
        Assert.All(causes, c => Assert.Equal(c.GetProperty("servicesHeld").GetInt32(), c.GetProperty("held").GetArrayLength()));
        Assert.Contains(causes, c => c.GetProperty("cause").GetProperty("code").GetString() == "openQuestions");
        Assert.Equal("nl-NL", verdict.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task TheTextNamesTheStandingsAndSpeaksEnglishWhenAsked()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var dutch = await board.RunAsync("verdict");
        var english = await board.RunAsync("verdict", "--language", "en");

        Assert.True(dutch.ExitCode == 0, dutch.ToString());
        Assert.Contains("Oordeel voor", dutch.Out);
        Assert.Contains("met een minimumeis", dutch.Out);
        Assert.Contains("Haalt het niet op bekende feiten", dutch.Out);
        Assert.Contains("Verdict for", english.Out);
        Assert.Contains("with a minimum", english.Out);
        Assert.DoesNotContain("minimumeis", english.Out);
    }

    [Fact]
    public async Task AnEmptyBoardIsToldItIsEmpty()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("verdict");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nog geen diensten geregistreerd", result.Out);
    }
}
