using System.Text;
using Regie.Core.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class OneServicePerProduct
{
    private static byte[] Csv(params string[] names) => Encoding.UTF8.GetBytes("naam\n" + string.Join("\n", names) + "\n");

    [Fact]
    public async Task EveryAliasOfAProductTheBoardUsesJoinsThatService()
    {
        using var board = await ImportBoard.CreateAsync();
        Assert.True((await board.ImportAsync(Csv("Microsoft Teams"), "eerst.csv", ImportFormat.Inventory)).Succeeded);

        var result = await board.ImportAsync(Csv("Teams", "MS Teams", "Microsoft Teams voor Onderwijs"), "inventaris.csv", ImportFormat.Inventory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var service = Assert.Single(await board.ServicesAsync());
        Assert.Equal(("Microsoft Teams", "microsoft-teams"), (service.Name, service.CatalogProductId));
        Assert.Equal(
            [new ExistingServiceUnchanged("Microsoft Teams"), new MergedWithEarlierRow("Microsoft Teams", 2, "rij 2"), new MergedWithEarlierRow("Microsoft Teams", 2, "rij 2")],
            result.Rows.Select(r => r.Why));
        Assert.Equal(0, result.Created);
    }

    [Fact]
    public async Task TwoRowsForOneProductInOneFileMergeWithALineSayingSo()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Csv("Teams", "Magister", "MS Teams"), "inventaris.csv", ImportFormat.Inventory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Magister", "Teams"], (await board.ServicesAsync()).Select(s => s.Name));
        var merged = Assert.Single(result.Rows, r => r.Row == 4);
        Assert.Equal((RowOutcome.Joined, new MergedWithEarlierRow("Teams", 2, "rij 2")), (merged.Outcome, merged.Why));
        Assert.Equal("zelfde dienst als rij 2 ('Teams'); samengevoegd, deze rij verandert de dienst niet.", Core.Explaining.ReasonText.Render(merged.Why, Core.Explaining.ReasonText.Dutch));
    }

    [Fact]
    public async Task ImportingTheSameInventoryAgainJoinsEveryRowAndAddsNothing()
    {
        using var board = await ImportBoard.CreateAsync();
        Assert.True((await board.ImportFixtureAsync("inventory.csv", ImportFormat.Inventory)).Succeeded);
        var before = await board.CountAsync();

        var again = await board.ImportFixtureAsync("inventory.csv", ImportFormat.Inventory);

        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.All(again.Rows, r => Assert.IsType<ExistingServiceUnchanged>(r.Why));
        var after = await board.CountAsync();
        Assert.Equal((before.Services, before.Dependencies, before.Evidence), (after.Services, after.Dependencies, after.Evidence));
    }
}
