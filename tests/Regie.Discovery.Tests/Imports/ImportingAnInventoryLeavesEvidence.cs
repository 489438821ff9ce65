using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

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
