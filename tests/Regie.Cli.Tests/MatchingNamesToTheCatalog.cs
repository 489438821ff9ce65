namespace Regie.Cli.Tests;

public sealed class MatchingNamesToTheCatalog
{
    [Fact]
    public async Task EachNameGetsOneCsvRowAndAnUnknownNameAnExplicitNoMatch()
    {
        using var board = new TestBoard();
        var names = board.WriteFile("namen.txt", "MS Teams\n\nmagister.net\nExcel-lijst van de conciërge\nGoogle Clasroom\n");

        var result = await board.RunAsync("catalog", "match", names);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "input,catalogId,productName,vendorName,confidence,method,candidateId,candidateScore",
                "MS Teams,microsoft-teams,Microsoft Teams,Microsoft Corporation,1.00,exact-alias,,",
                "magister.net,magister,Magister,Iddink Group,1.00,exact-alias,,",
                "Excel-lijst van de conciërge,,,,0.00,none,,",
            ],
            result.Out.TrimEnd().Split('\n')[..4]);
        Assert.StartsWith("Google Clasroom,google-classroom,Google Classroom,Google LLC,", result.Out.TrimEnd().Split('\n')[4]);
        Assert.EndsWith(",fuzzy,,", result.Out.TrimEnd());
    }

    [Fact]
    public async Task JsonNamesTheMethodAndALeadingSubdomainStillFindsTheProduct()
    {
        using var board = new TestBoard();
        var names = board.WriteFile("namen.txt", "https://school.zportal.nl/app\n");

        var result = await board.RunAsync("catalog", "match", names, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"catalogId\": \"zermelo\"", result.Out);
        Assert.Contains("\"method\": \"domain\"", result.Out);
    }

    [Fact]
    public async Task AnUnsureMatchNamesItsCandidateButNoCatalogId()
    {
        using var board = new TestBoard();
        var names = board.WriteFile("namen.txt", "Teams Roosterkoppeling\n");

        var result = await board.RunAsync("catalog", "match", names);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Teams Roosterkoppeling,,,,0.00,unsure,microsoft-teams,0.", result.Out.TrimEnd().Split('\n')[1]);
    }
}
