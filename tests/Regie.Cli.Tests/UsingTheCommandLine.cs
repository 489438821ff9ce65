namespace Regie.Cli.Tests;

public sealed class UsingTheCommandLine
{
    [Fact]
    public async Task AnUnknownOptionValueIsAUsageErrorWithExitCodeTwo()
    {
        var result = await Cli.RunAsync("score", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Fout in de opdracht", result.Err);
    }

    [Fact]
    public async Task AFileWithAnUnknownExtensionAsksForAFormat()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", board.WriteFile("inventaris.ods", "x"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format csv|xlsx", result.Err);
    }

    [Fact]
    public async Task ScoringBeforeInitSaysHowToStart()
    {
        using var board = new TestBoard();

        var result = await board.RunAsync("score");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("regie init --name", result.Err);
    }

    [Fact]
    public async Task TheOrganisationOptionChoosesTheBoardByName()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("init", "--name", "Stichting Twee")).ExitCode);
        Assert.Equal(0, (await board.RunAsync("--organisation", "stichting twee", "import", board.WriteFile("a.csv", "naam\nMagister\n"))).ExitCode);

        var first = await board.RunAsync("--organisation", "Stichting Test", "score", "--format", "csv");
        var second = await board.RunAsync("--organisation", "Stichting Twee", "score", "--format", "csv");
        var unknown = await board.RunAsync("--organisation", "Stichting Drie", "score");

        Assert.DoesNotContain("Magister", first.Out);
        Assert.Contains("Magister", second.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Schoolbestuur 'Stichting Drie' bestaat niet", unknown.Err);
    }

    [Fact]
    public async Task ABoardNameIsUsedOnlyOnce()
    {
        using var board = await TestBoard.CreateAsync();

        var again = await board.RunAsync("init", "--name", "stichting test");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("bestaat al", again.Err);
    }
}
