using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

public sealed class SoftIntegrationsOnlyDegrade
{
    private readonly ScenarioWorld world = new();

    [Fact]
    public void WhenAProductEndsItsIntegratorIsDegradedNotDown()
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        var result = board.Run(new Scenario(ScenarioKind.ProductEnds, board.FindTarget(ScenarioKind.ProductEnds, "planner")!));

        Assert.Equivalent(new ServicePath("Rooster", [], new ProductEndsHit("Planner")), Assert.Single(result.Down).Route, strict: true);
        Assert.Equivalent(new ServicePath("Ouderapp", [new(DependencyKind.IntegratesWith, "Rooster")], new ProductEndsHit("Planner")), Assert.Single(result.Degraded).Route, strict: true);
        var processes = result.Processes.ToDictionary(p => p.Process.Id);
        Assert.Equal(ProcessImpact.Stopped, processes["rooster"].Impact);
        Assert.Equal(ProcessImpact.Degraded, processes["communicatie"].Impact);  // Mail still works, Ouderapp is only degraded
        // 100 × (0.7 × (3 + 0.5) / 14 + 0.3 × (700 + 60) / 1,120)
        Assert.Equal(17.5 + 20.357, result.Harm.Score, 3);
    }

    [Fact]
    public void AServiceSigningInThroughADegradedServiceIsDegradedToo()
    {
        // Entra ID integrates with Rooster: when Rooster's product ends, Entra ID is degraded and so are those who sign in through it.
        var board = ScenarioBoard.Prepare(world.Board(new Dependency(world.Entra.Id, DependencyKind.IntegratesWith, world.Rooster.Id)), ScenarioWorld.Knowledge);
        var result = board.Run(new Scenario(ScenarioKind.ProductEnds, board.FindTarget(ScenarioKind.ProductEnds, "planner")!));

        Assert.Equal(["Rooster"], result.Down.Select(s => s.Name));
        Assert.Equal(["Entra ID", "Magister", "Mail", "Ouderapp"], result.Degraded.Select(s => s.Name));
        Assert.Equivalent(new ServicePath("Magister", [new(DependencyKind.SignsInThrough, "Entra ID"), new(DependencyKind.IntegratesWith, "Rooster")], new ProductEndsHit("Planner")),
            result.Degraded.Single(s => s.Name == "Magister").Route, strict: true);
    }

    [Fact]
    public void ACycleOfIntegrationsEndsAndIsExplained()
    {
        // Rooster also integrates with Ouderapp, which integrates with Rooster.
        var board = ScenarioBoard.Prepare(world.Board(new Dependency(world.Rooster.Id, DependencyKind.IntegratesWith, world.Ouderapp.Id)), ScenarioWorld.Knowledge);
        var result = board.Run(new Scenario(ScenarioKind.Unavailable, board.FindTarget(ScenarioKind.Unavailable, "amazon")!));

        Assert.Equal(["Magister"], result.Down.Select(s => s.Name));
        Assert.Equal(["Ouderapp", "Rooster"], result.Degraded.Select(s => s.Name));  // each once
        var ring = Assert.Single(result.Remarks.OfType<DependencyRing>());
        Assert.Equivalent(new DependencyRing("Rooster", [new(DependencyKind.IntegratesWith, "Ouderapp"), new(DependencyKind.IntegratesWith, "Rooster")]), ring, strict: true);
        Assert.Equal("Kring in de afhankelijkheden: Rooster → koppelt met Ouderapp → koppelt met Rooster. De doorrekening stopt waar de kring sluit; elke dienst telt één keer.", ReasonText.Render(ring));
    }

    [Fact]
    public void ACycleOfHardEdgesEndsToo()
    {
        // Entra ID hosted on Magister while Magister signs in through Entra ID: both down once, the cycle named.
        var board = ScenarioBoard.Prepare(world.Board(new Dependency(world.Entra.Id, DependencyKind.HostedOn, world.Magister.Id)), ScenarioWorld.Knowledge);
        var result = board.Run(new Scenario(ScenarioKind.Unavailable, board.FindTarget(ScenarioKind.Unavailable, "amazon")!));

        Assert.Equal(["Entra ID", "Magister", "Mail"], result.Down.Select(s => s.Name));
        Assert.Equivalent(new ServicePath("Entra ID", [new(DependencyKind.HostedOn, "Magister")], new HostingHit(LocalizedText.Same("AWS"), [new(ChainRole.UltimateParent, "Amazon.com, Inc.")], "US")), result.Down[0].Route, strict: true);
        Assert.Contains(result.Remarks.OfType<DependencyRing>(), r => r.Start == "Magister" && r.Ring.SequenceEqual([new(DependencyKind.SignsInThrough, "Entra ID"), new(DependencyKind.HostedOn, "Magister")]));
    }
}
