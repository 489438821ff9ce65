using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

/// <summary>Hand-computed outages on <see cref="ScenarioWorld"/>: Magister signs in through Entra ID while hosted on AWS.</summary>
public sealed class OutageOfAPartyTakesDownWhatStandsOnIt
{
    private readonly ScenarioWorld world = new();

    private ScenarioResult Run(ScenarioKind kind, string target, double percent = 0)
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        return board.Run(new Scenario(kind, board.FindTarget(kind, target)!, percent));
    }

    private static ServicePath PathOf(ScenarioResult result, Service service) => result.All.Single(s => s.Id == service.Id).Route;

    [Fact]
    public void MicrosoftFallingAwayTakesDownMagisterThroughItsSignIn()
    {
        var result = Run(ScenarioKind.Unavailable, "microsoft");

        Assert.Equal(["Entra ID", "Magister", "Mail"], result.Down.Select(s => s.Name));
        Assert.Equivalent(new ServicePath("Magister", [new(DependencyKind.SignsInThrough, "Entra ID")], new ChainHit([new(ChainRole.Vendor, "Microsoft Nederland B.V."), new(ChainRole.UltimateParent, "Microsoft Corporation")], "US")), PathOf(result, world.Magister), strict: true);
        Assert.Equivalent(new ServicePath("Entra ID", [], new ChainHit([new(ChainRole.Vendor, "Microsoft Nederland B.V."), new(ChainRole.UltimateParent, "Microsoft Corporation")], "US")), PathOf(result, world.Entra), strict: true);
    }

    [Fact]
    public void AmazonFallingAwayTakesDownMagisterThroughItsHosting()
    {
        var result = Run(ScenarioKind.Unavailable, "amazon");

        var magister = Assert.Single(result.Down);
        Assert.Equivalent(new ServicePath("Magister", [], new HostingHit(LocalizedText.Same("AWS"), [new(ChainRole.UltimateParent, "Amazon.com, Inc.")], "US")), magister.Route, strict: true);
        Assert.DoesNotContain(result.All, s => s.Id == world.Entra.Id);
    }

    [Fact]
    public void AProviderFallingAwayNamesTheProvider()
    {
        var result = Run(ScenarioKind.Unavailable, "provider:aws");

        Assert.Equivalent(new ServicePath("Magister", [], new HostingHit(LocalizedText.Same("AWS"), [], null)), Assert.Single(result.Down).Route, strict: true);
    }

    [Fact]
    public void SoftDependantsOfAFallenServiceAreDegradedWithTheirPath()
    {
        var result = Run(ScenarioKind.Unavailable, "amazon");

        Assert.Equal(["Ouderapp", "Rooster"], result.Degraded.Select(s => s.Name));
        Assert.Equivalent(new ServicePath("Ouderapp", [new(DependencyKind.IntegratesWith, "Rooster"), new(DependencyKind.IntegratesWith, "Magister")], new HostingHit(LocalizedText.Same("AWS"), [new(ChainRole.UltimateParent, "Amazon.com, Inc.")], "US")), PathOf(result, world.Ouderapp), strict: true);
    }

    [Fact]
    public void ProcessesAreWeightedByCriticalityAndHowHardTheyAreHit()
    {
        var processes = Run(ScenarioKind.Unavailable, "microsoft").Processes.ToDictionary(p => p.Process.Id);

        // identiteit and administratie lose their only service; communicatie loses Mail but keeps a degraded Ouderapp.
        Assert.Equal((ProcessImpact.Stopped, 4.0), (processes["identiteit"].Impact, processes["identiteit"].Weight));
        Assert.Equal((ProcessImpact.Stopped, 5.0), (processes["administratie"].Impact, processes["administratie"].Weight));
        Assert.Equal((ProcessImpact.Disrupted, 1.0), (processes["communicatie"].Impact, processes["communicatie"].Weight));
        Assert.Equal((ProcessImpact.Degraded, 0.75), (processes["rooster"].Impact, processes["rooster"].Weight));
    }

    [Fact]
    public void PeopleAreTheLargestServiceAtLeastAndTheCappedSumAtMost()
    {
        var people = Run(ScenarioKind.Unavailable, "microsoft").People;

        Assert.Equal(900, people.PupilsAtLeast);   // Entra ID
        Assert.Equal(1000, people.PupilsAtMost);   // 900 + 800 + 600 + 0 + 700, capped at the board's 1,000
        Assert.Equal(100, people.StaffAtLeast);
        Assert.Equal(120, people.StaffAtMost);     // 340 capped at 120
    }

    [Fact]
    public void HarmFollowsTheShownFormula()
    {
        var result = Run(ScenarioKind.Unavailable, "microsoft");

        // 100 × (0.7 × 10.75 / 14 + 0.3 × (900 + 100) / 1,120) = 53.75 + 26.786
        Assert.Equal(80.536, result.Harm.Score, 3);
        var formula = Assert.IsType<DisruptionHarmFormula>(result.Harm.Why);
        Assert.Equal((0.7, 0.768), (formula.ProcessWeight, Math.Round(formula.ProcessShare, 3)));
        Assert.Equal(35_000m, result.Cost.Amount);  // Entra 10,000 + Magister 20,000 + Mail 5,000
        Assert.Equal(3, result.Cost.ServicesWithCost);
    }

    [Fact]
    public void ACountryFallingAwayTakesDownWhatItsCompaniesControl()
    {
        var result = Run(ScenarioKind.Unavailable, "US");

        Assert.Equal(["Entra ID", "Magister", "Mail"], result.Down.Select(s => s.Name));
        Assert.Equivalent(new ServicePath("Magister", [], new CountryHit(LocalizedText.Same("AWS"), [new(ChainRole.UltimateParent, "Amazon.com, Inc.")], new("Verenigde Staten", "United States"), "US")), PathOf(result, world.Magister), strict: true);
        Assert.Equal(80.536, result.Harm.Score, 3);
    }

    [Fact]
    public void APartyTheBoardDoesNotUseTouchesNothing()
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        var result = board.Run(new Scenario(ScenarioKind.Unavailable, new ScenarioTarget(TargetKind.Company, "nobody", "Niemand", 0)));

        Assert.Empty(result.All);
        Assert.Equal(0, result.Harm.Score);
    }
}
