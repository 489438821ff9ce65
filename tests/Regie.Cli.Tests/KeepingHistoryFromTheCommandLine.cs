namespace Regie.Cli.Tests;

/// <summary>`regie snapshot` records the board with a label; `regie history` lists the snapshots and compares two dates, naming a date that has none.</summary>
public sealed class KeepingHistoryFromTheCommandLine
{
    private const string Inventory = """
        naam;processen;leerlingen
        Cito LVS;toetsing;1200
        Canva;lesgeven;800
        """;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ARecordedSnapshotIsListedAndADateWithoutOneIsNamed()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory))).ExitCode);

        var recorded = await board.RunAsync("snapshot", "--label", "RvT 12 maart");
        var list = await board.RunAsync("history");
        var same = await board.RunAsync("history", "--compare", Today, Today);
        var missing = await board.RunAsync("history", "--compare", "2020-01-01", Today);
        var wrong = await board.RunAsync("history", "--compare", "12-03-2026", Today);
        var reversed = await board.RunAsync("snapshot", "--label", "RvT \u202Ehcraam 21");

        Assert.True(recorded.ExitCode == 0, recorded.ToString());
        Assert.Contains($"vastgelegd op {Today} (RvT 12 maart): 2 diensten", recorded.Out);
        Assert.Contains("vastgelegd", list.Out);
        Assert.Contains("RvT 12 maart", list.Out);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("Tussen deze twee datums veranderde er niets.", same.Out);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains($"Er is geen momentopname van 2020-01-01. Wel van: {Today}.", missing.Err);
        Assert.Contains("--compare FROM: '12-03-2026' is geen datum", wrong.Err);
        Assert.NotEqual(0, reversed.ExitCode);
        Assert.Contains("zonder onzichtbare stuurtekens", reversed.Err);
    }
}
