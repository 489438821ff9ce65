using Regie.Core.Graph;
using Regie.Core.Landscape;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

/// <summary>
/// A hand-computed board. Processes p1 (criticality 5), p2 (3), p3 (2); total weight 10.
/// S1 (p1, 100 pupils): EU vendor on US cloud. S2 (p1+p2, 300 pupils): US identity provider on US cloud.
/// S3 (p2, 50 pupils): EU app on EU cloud, signs in through S2. S4 (p3): EU app on EU cloud.
/// </summary>
public class DependencyGraphTests
{
    private readonly Service s1 = Service("S1", "eu-app-on-us", ["p1"], 100);
    private readonly Service s2 = Service("S2", "us-idp", ["p1", "p2"], 300);
    private readonly Service s3 = Service("S3", "eu-app", ["p2"], 50);
    private readonly Service s4 = Service("S4", "eu-app", ["p3"], 0);

    private GraphAnalysis Analyse() =>
        DependencyAnalysis.Analyse(Board([s1, s2, s3, s4], new Dependency(s3.Id, DependencyKind.SignsInThrough, s2.Id)), World);

    [Fact]
    public void ShareOfCriticalProcessesIsCriticalityWeightedAndTransitive()
    {
        var analysis = Analyse();
        var us = analysis.ByParent.Single(c => c.Name.Nl == "US Corp Inc.");
        var eu = analysis.ByParent.Single(c => c.Name.Nl == "EU Vendor B.V.");

        Assert.Equal(0.8, us.ProcessShare, 6);   // p1 + p2 = 8 of 10
        Assert.Equal(1.0, eu.ProcessShare, 6);   // S1, S3, S4 cover p1, p2, p3
        Assert.Equal(0.3, us.PupilShare, 6);     // largest dependent group 300 of the board's 1000
        Assert.Equal(3, us.Services.Count);
        var indirect = Assert.Single(us.Services, s => !s.Direct);
        Assert.Equal("S3", indirect.Name);
        Assert.Equal("S3 → S2 → US Corp Inc.", indirect.Path);
    }

    [Fact]
    public void ProviderConcentrationFollowsHostingThroughSignIn()
    {
        var analysis = Analyse();

        Assert.Equal(0.8, analysis.ByProvider.Single(c => c.Name.Nl == "US Cloud").ProcessShare, 6);
        Assert.Equal(0.5, analysis.ByProvider.Single(c => c.Name.Nl == "EU Cloud").ProcessShare, 6);
    }

    [Fact]
    public void SinglePointsOfFailureAreEntitiesEveryServiceOfAProcessDependsOn()
    {
        var spofs = Analyse().SinglePointsOfFailure.ToDictionary(s => s.Name.Nl, s => s.Processes.Select(p => p.Nl).ToList());

        Assert.Equal(["Proces 1", "Proces 2"], spofs["US Corp Inc."]);
        Assert.Equal(["Proces 1", "Proces 2"], spofs["US Cloud"]);
        Assert.Equal(["Proces 3"], spofs["EU Vendor B.V."]);
        Assert.Equal(["Proces 2"], spofs["S2"]);     // S2 and S3 (which signs in through it) are all of p2
        Assert.False(spofs.ContainsKey("S4"));       // a lone service no one leans on is not listed as a hub
    }

    [Fact]
    public void HerfindahlIndexOverUltimateParents()
    {
        // Weights S1 5, S2 5, S3 3, S4 2 (most critical process). Split over parents each depends on:
        // US = 2.5 + 5 + 1.5 = 9, EU = 2.5 + 1.5 + 2 = 6 ⇒ shares 0.6 / 0.4 ⇒ HHI = 10,000 × (0.36 + 0.16) = 5,200.
        var index = Analyse().ParentIndex;

        Assert.Equal(5200, index.Hhi, 6);
        Assert.Equal(0, index.UnattributedShare, 6);
    }

    [Fact]
    public void GraphHasTheChainFromProcessToCountry()
    {
        var analysis = Analyse();
        var edges = analysis.Edges.ToHashSet();

        Assert.Contains(new GraphEdge($"service:{s1.Id}", "process:p1", EdgeKind.Supports), edges);
        Assert.Contains(new GraphEdge($"service:{s3.Id}", $"service:{s2.Id}", EdgeKind.SignsInThrough), edges);
        Assert.Contains(new GraphEdge($"service:{s1.Id}", "provider:us-cloud", EdgeKind.HostedOn), edges);
        Assert.Contains(new GraphEdge("parent:us-corp", "country:US", EdgeKind.EstablishedIn), edges);
        var s2Node = analysis.Nodes.Single(n => n.Id == $"service:{s2.Id}");
        Assert.Equal("US", s2Node.Jurisdiction);
        Assert.Equal(5, s2Node.Criticality);
    }
}
