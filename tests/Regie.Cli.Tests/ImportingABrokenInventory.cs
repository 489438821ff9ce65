namespace Regie.Cli.Tests;

public sealed class ImportingABrokenInventory
{
    // Row 1 is the header, so "veel" sits in spreadsheet row 3 and "zwemmen" in row 5.
    private const string Broken = """
        naam,processen,leerlingen
        Somtoday,lesgeven,800
        Zermelo,roostering,veel
        Parro,communicatie-met-ouders,800
        Google Classroom,"zwemmen, lesgeven",800
        """;

    [Fact]
    public async Task EveryErrorIsReportedWithItsRowAndColumn()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", board.WriteFile("kapot.csv", Broken));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kapot.csv: Rij 3, kolom 'leerlingen': 'veel' is geen getal.", result.Err);
        Assert.Contains("kapot.csv: Rij 5, kolom 'processen': 'zwemmen' is geen bekend proces.", result.Err);
        Assert.Contains("Niets geïmporteerd: 2 fouten", result.Err);
        Assert.DoesNotContain("   at ", result.Err); // no stack trace
    }

    [Fact]
    public async Task NothingIsWrittenWhenAnyRowIsWrong()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("eerst.csv", "naam;logt-in-via\nEntra ID;\nMagister;Entra ID\n"))).ExitCode);
        var before = await board.CountAsync();

        var result = await board.RunAsync("import", board.WriteFile("kapot.csv", Broken));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal((2, 1), before);
        Assert.Equal(before, await board.CountAsync());
    }

    [Fact]
    public async Task AServiceAlreadyRegisteredIsJoinedRatherThanDuplicated()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("inventaris.csv", "naam\nMagister\n");
        Assert.Equal(0, (await board.RunAsync("import", file)).ExitCode);

        var again = await board.RunAsync("import", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("rij 2: 'Magister': bestaat al als 'Magister'; niet gewijzigd.", again.Out);
        Assert.Equal(1, (await board.CountAsync()).Services);
    }
}
