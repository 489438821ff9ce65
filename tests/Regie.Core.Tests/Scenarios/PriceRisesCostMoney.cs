using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

public sealed class PriceRisesCostMoney
{
    private readonly ScenarioWorld world = new();

    private ScenarioResult Run(string target, double percent)
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        return board.Run(new Scenario(ScenarioKind.PriceRise, board.FindTarget(ScenarioKind.PriceRise, target)!, percent));
    }

    [Fact]
    public void TenPercentOnMicrosoftIsTenPercentOfItsKnownContracts()
    {
        var result = Run("microsoft", 10);

        Assert.Equal(["Entra ID", "Mail"], result.PriceRaised.Select(s => s.Name));
        Assert.Equal(1_500m, result.Cost.Amount);                 // 10 % of 10,000 + 5,000
        Assert.Equal(100.0 * 1_500 / 36_000, result.Harm.Score, 6); // of all known contracts
        Assert.Empty(result.Down);
    }

    [Fact]
    public void AHostingPriceRiseIsAssumedPassedOn()
    {
        var magister = Assert.Single(Run("aws", 25).PriceRaised);

        Assert.Equal(5_000m, magister.ExtraCost);
        Assert.True(magister.Route.HostingPassedOn);
    }

    [Fact]
    public void AnUnknownContractValueIsCountedApartAndSaid()
    {
        var result = Run("product:planner", 50);

        Assert.Equal(0m, result.Cost.Amount);
        Assert.Equal(1, result.Cost.ServicesWithoutCost);
        Assert.Contains(new ContractValuesUnknown(1, 1), result.Remarks);
        // Not one contract value known: the harm is unknown, not 0, and its reason says why.
        Assert.False(result.Harm.IsKnown);
        Assert.Equal(new PriceHarmUnknown(1), result.Harm.Why);
        Assert.StartsWith("schade onbekend: de jaarlijkse contractwaarde van de getroffen dienst is niet bekend.", Regie.Core.Explaining.ReasonText.Render(result.Harm.Why, Regie.Core.Explaining.ReasonText.Dutch));
    }

    [Fact]
    public void AKnownContractValueMakesTheHarmKnownEvenIfOthersAreNot()
    {
        Assert.True(Run("microsoft", 10).Harm.IsKnown);
    }
}
