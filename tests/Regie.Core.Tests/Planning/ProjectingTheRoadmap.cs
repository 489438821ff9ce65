using Regie.Core.Landscape;
using Regie.Core.Planning;
using static Regie.Core.Tests.Planning.PlanningWorld;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Planning;

public class ProjectingTheRoadmap
{
    [Fact]
    public void MovingTheIdentityServiceLiftsTheServiceThatSignsInThroughItAsComputedByHand()
    {
        // Before: Idp (US vendor, US cloud) scores 0; App (EU) scores 30 on its own but inherits Idp's SOV2 of 0 → 0. Mean 0.
        // Parent HHI: Idp weighs 5 (p1) → US Corp 5; App weighs 3 split over EU Vendor and US Corp (via Idp) → 1.5 each.
        // Shares 6.5/8 and 1.5/8 → 10,000 × (0.8125² + 0.1875²) = 6,953.125; the providers (US Cloud, EU Cloud) split the same way.
        // After Idp → eu-app: both score 30 (SOV2 0.5 × 60), mean 30; everything on EU Vendor and EU Cloud → HHI 10,000.
        var idp = Service("Idp", "us-idp", ["p1"]);
        var app = Service("App", "eu-app", ["p2"]);
        var board = Board([idp, app], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));

        var roadmap = Plan(board, 1, Move(idp));

        Assert.Equal(0, roadmap.Before.MeanScore, 6);
        Assert.Equal(6953.125, roadmap.Before.ParentHhi, 3);
        Assert.Equal(6953.125, roadmap.Before.ProviderHhi, 3);
        Assert.Equal("US Corp Inc.", roadmap.Before.TopParent?.Nl);
        var after = Assert.Single(roadmap.Quarters).After;
        Assert.Equal(30, after.MeanScore, 6);
        Assert.Equal([0, 2, 0, 0, 0], after.SealCounts);
        Assert.Equal(10_000, after.ParentHhi, 3);
        Assert.Equal("EU Vendor B.V.", after.TopParent?.Nl);
    }

    [Fact]
    public void MovingUsServicesToAnEuProductNeverLowersTheMeanScore()
    {
        var services = Enumerable.Range(1, 6).Select(i => Service($"S{i}", i % 2 == 0 ? "us-app-nl" : "us-idp", ["p2"])).ToArray();

        var roadmap = Plan(Board(services), 1, [.. services.Select(s => Move(s))]);

        var means = new[] { roadmap.Before.MeanScore }.Concat(roadmap.Quarters.Select(q => q.After.MeanScore)).ToList();
        Assert.Equal(7, means.Count);
        for (var i = 1; i < means.Count; i++)
        {
            Assert.True(means[i] > means[i - 1], $"step {i}: {means[i - 1]} → {means[i]}");
        }

        Assert.Equal(30, means[^1], 6);
    }

    [Fact]
    public void EachQuarterBuildsOnTheMovesBeforeIt()
    {
        var a = Service("A", "us-app-nl", ["p1"]);
        var b = Service("B", "us-app-nl", ["p1"]);

        var roadmap = Plan(Board([a, b]), 1, Move(a), Move(b));

        // After the first quarter one service is on the EU product (30 + 0) / 2; after the second both.
        Assert.Equal(15, roadmap.Quarters[0].After.MeanScore, 6);
        Assert.Equal(30, roadmap.Quarters[1].After.MeanScore, 6);
    }
}
