namespace Regie.Cli.Tests.Imports;

/// <summary>`regie import` with the exports of other tools: which it recognises by content and how it reports the rows.</summary>
public sealed class ImportingToolExportsFromTheCommandLine
{
    private const string EntraFixture = "entra-enterprise-apps.csv";
    private const string DaafFixture = "daaf-export.json";

    [Fact]
    public async Task TheCommandLineNeedsTheFormatForAnEntraCsvAndReportsEachRow()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", ImportBoard.Fixture(EntraFixture), "--format", "entra");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5 nieuwe diensten, 0 bijgewerkt, 0 ongewijzigd, 2 overgeslagen", result.Out);
        Assert.Contains("rij 5: 'Microsoft Graph': een eigen toepassing van Microsoft", result.Out);
        Assert.Contains("Niet herkend in de catalogus (leverancier onbekend; koppel ze op de dienstpagina): Tuinklas Planner.", result.Out);
    }

    [Fact]
    public async Task WithoutTheFormatAnEntraCsvIsRefusedAsAnInventoryWithAHint()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", ImportBoard.Fixture(EntraFixture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Dit lijkt geen inventaris maar een export uit Microsoft Entra; importeer met --format entra.", result.Err);
        Assert.Equal((0, 0), await board.CountAsync());
    }
    [Fact]
    public async Task AnEntraImportSaysItAddedEntraIdThatTheAppsSignInThrough()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", ImportBoard.Fixture(EntraFixture), "--format", "entra");

        Assert.Contains("5 nieuwe afhankelijkheden", result.Out);
        Assert.Contains("Let op: entra-enterprise-apps.csv: Microsoft Entra ID is als dienst toegevoegd: elke app in deze export meldt zich daarmee aan.", result.Out);
    }

    [Fact]
    public async Task AnInventoryWithAVendorTheCatalogLacksIsImportedWithAWarningLine()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", board.WriteFile("inventaris.csv", "naam;leverancier\nVeilig mailen;Tuinklas Software BV\n"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Let op: inventaris.csv: Rij 2, kolom 'leverancier': Tuinklas Software BV staat niet in de catalogus; toegevoegd als eigen leverancier van het bestuur.", result.Out);
        Assert.Equal(1, (await board.CountAsync()).Services);
    }

    [Fact]
    public async Task TheCommandLineRecognisesADaafFileByItsContent()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("import", ImportBoard.Fixture(DaafFixture));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 beoordelingen van buiten", result.Out);
    }
}
