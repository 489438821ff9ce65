namespace Regie.Cli.Tests;

/// <summary>`regie dpia` and `regie kia` list the registers from the local database, with the statuses the inventory gave.</summary>
public sealed class TheImpactRegistersFromTheCommandLine
{
    private const string Inventory = """
        naam;processen;catalogus-id;dpia;kia
        Magister;leerlingadministratie;magister;klaar;niet-gestart
        Teams;lesgeven;microsoft-teams;bezig;onbekend
        """;

    [Fact]
    public async Task TheDpiaRegisterShowsEachStatusAndTheSectorDpiaForTeams()
    {
        using var board = await TestBoard.CreateAsync();
        var import = await board.RunAsync("import", board.WriteFile("inventaris.csv", Inventory));
        Assert.True(import.ExitCode == 0, import.ToString());

        var dpia = await board.RunAsync("dpia", "--format", "csv");
        var kia = await board.RunAsync("kia", "--format", "csv");
        var overdue = await board.RunAsync("dpia", "--overdue", "--format", "csv");

        Assert.True(dpia.ExitCode == 0, dpia.ToString());
        var lines = dpia.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(";Magister;DPIA;Done;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";Teams;DPIA;InProgress;", StringComparison.Ordinal) && l.Contains("slm-surf-teams-onedrive-sharepoint-2022", StringComparison.Ordinal));
        Assert.Contains(kia.Out.Split('\n'), l => l.Contains(";Magister;KIA;NotStarted;", StringComparison.Ordinal));
        Assert.Single(overdue.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
