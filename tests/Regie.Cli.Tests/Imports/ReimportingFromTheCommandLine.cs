namespace Regie.Cli.Tests.Imports;

/// <summary>`regie import --dry-run`, `--remove-missing` and `--match`: a spreadsheet keeps the register current from the command line.</summary>
public sealed class ReimportingFromTheCommandLine
{
    [Fact]
    public async Task DryRunPrintsEachChangeOldToNewAndStoresNothing()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("v1.csv", "naam;leerlingen\nMagister;100\nEigen rooster;20\n"))).ExitCode);
        var v2 = board.WriteFile("v2.csv", "naam;leerlingen;dpia\nMagister;150;klaar\n");

        var preview = await board.RunAsync("import", v2, "--dry-run");

        Assert.True(preview.ExitCode == 0, preview.ToString());
        Assert.Contains("Voorbeeld (--dry-run, niets opgeslagen) van v2.csv voor 'Stichting Test': 0 nieuwe diensten, 1 bijgewerkt, 0 ongewijzigd", preview.Out);
        Assert.Contains("rij 2: 'Magister': bestaat al als 'Magister'; 2 velden bijgewerkt.", preview.Out);
        Assert.Contains("      leerlingen: 100 → 150", preview.Out);
        Assert.Contains("      DPIA: onbekend → klaar", preview.Out);
        Assert.Contains("Niet in het bestand (1): Eigen rooster. Ze blijven staan, of worden verwijderd met --remove-missing.", preview.Out);
        var previewAgain = await board.RunAsync("import", v2, "--dry-run");
        Assert.Contains("      leerlingen: 100 → 150", previewAgain.Out); // the first preview stored nothing

        var applied = await board.RunAsync("import", v2, "--remove-missing");

        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Contains("Verwijderd, want niet in het bestand (1): Eigen rooster.", applied.Out);
        var after = await board.RunAsync("score", "--format", "json");
        Assert.DoesNotContain("Eigen rooster", after.Out);
    }

    [Fact]
    public async Task AnUnsureMatchIsListedWithTheMatchThatDecidesIt()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("v1.csv", "naam\nTeams Roosterkoppeling\n");

        var unsure = await board.RunAsync("import", file, "--dry-run");

        Assert.Contains("Te controleren (1)", unsure.Out);
        Assert.Contains("--match \"Teams Roosterkoppeling=microsoft-teams\" of --match \"Teams Roosterkoppeling=eigen\"", unsure.Out);

        var decided = await board.RunAsync("import", file, "--match", "Teams Roosterkoppeling=microsoft-teams");

        Assert.True(decided.ExitCode == 0, decided.ToString());
        Assert.Contains(": 1 nieuwe dienst, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen; 0 nieuwe afhankelijkheden; 1 herkend in de catalogus.", decided.Out);
        Assert.DoesNotContain("Te controleren", decided.Out);
    }

    [Fact]
    public async Task AMatchWithoutAProductIsAUsageError()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", board.WriteFile("v1.csv", "naam\nMagister\n"), "--match", "Magister");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--match 'Magister': schrijf NAAM=product-id of NAAM=eigen.", result.Err);
    }
}
