using System.Text.Json;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Cli.Tests.Imports;

public sealed class ExportingTheLandscape
{
    [Fact]
    public async Task TheExportWrittenToAFileIsAValidBomThatImportsBack()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync("saasbom.json", ImportFormat.CycloneDx);
        var path = board.Board.PathOf("landschap.json");

        var export = await board.Board.RunAsync("export", "--format", "cyclonedx", "--output", path);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("3 diensten van 'Stichting Test' geschreven naar", export.Err);
        using (var bom = JsonDocument.Parse(File.ReadAllBytes(path)))
        {
            Assert.Equal("CycloneDX", bom.RootElement.GetProperty("bomFormat").GetString());
            Assert.Equal(1, bom.RootElement.GetProperty("version").GetInt32());
            Assert.True(DateTimeOffset.TryParse(bom.RootElement.GetProperty("metadata").GetProperty("timestamp").GetString(), out _));
        }

        var again = await board.Board.RunAsync("import", path);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 nieuwe diensten, 3 bij een bestaande dienst", again.Out);
    }
}

public sealed class ImportingAnInventoryLeavesEvidence
{
    [Fact]
    public async Task EachInventoryRowIsRecordedOnTheServiceItCreated()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync("inventory.csv", ImportFormat.Inventory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id, s => s.Name);
        var evidence = await board.EvidenceAsync();
        Assert.Equal(3, evidence.Count);
        Assert.All(evidence, e => Assert.Equal(("inventory", "csv-row"), (e.Origin, e.RecordType)));
        Assert.Equal("Magister", services[Assert.Single(evidence, e => e.Name == "rij 3").ServiceId]);
        Assert.Equal(2, result.Dependencies);
    }
}
