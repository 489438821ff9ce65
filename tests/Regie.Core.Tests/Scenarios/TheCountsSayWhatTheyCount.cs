using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

/// <summary>
/// Two counts, each named: the services a party hits directly, and everything that goes down through dependencies. On
/// <see cref="ScenarioWorld"/> Microsoft is the vendor's parent of Entra ID and Mail (2 directly); Magister signs in through
/// Entra ID, so 3 go down. Amazon hosts Magister only: 1 directly, 1 down. Entra ID itself (a product) ends: 1 directly,
/// and Magister and Mail sign in through it: 3 down. The US touches 4 directly, Rooster through its sub-processor Amazon,
/// which exposes Rooster's data but does not take it down: 3 down.
/// </summary>
public sealed class TheCountsSayWhatTheyCount
{
    private readonly ScenarioBoard board = ScenarioBoard.Prepare(new ScenarioWorld().Board(), ScenarioWorld.Knowledge);

    [Theory]
    [InlineData("company:microsoft", 2, 3)]
    [InlineData("company:amazon", 1, 1)]
    [InlineData("product:entra", 1, 3)]
    [InlineData("country:US", 4, 3)]
    public void ATargetCountsWhatItHitsDirectlyAndWhatGoesDownWithIt(string key, int direct, int down)
    {
        var target = board.Targets.Single(t => t.Key == key.ToLowerInvariant());

        Assert.Equal((direct, down), (target.Services, target.ServicesDown));
    }

    [Fact]
    public void ARunSplitsWhatIsDownIntoDirectAndThroughDependencies()
    {
        var result = board.Run(new Scenario(ScenarioKind.Unavailable, board.FindTarget(ScenarioKind.Unavailable, "microsoft")!));

        Assert.Equal(3, result.Down.Count);
        Assert.Equal(2, result.DownDirectly);
        Assert.Equal(1, result.DownThroughDependencies);
    }

    [Fact]
    public void TheSweepRowCarriesBothCountsAndTheyAgreeWithTheTarget()
    {
        var row = board.RunSweep().Rows.Single(r => r.Scenario.Target.Key == "company:microsoft");

        Assert.Equal((2, 3), (row.ServicesHitDirectly, row.ServicesDown));
        Assert.Equal((2, 3), (row.Scenario.Target.Services, row.Scenario.Target.ServicesDown));
    }
}
