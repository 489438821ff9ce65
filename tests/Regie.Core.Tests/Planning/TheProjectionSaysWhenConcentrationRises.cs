using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using static Regie.Core.Tests.Planning.PlanningWorld;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Planning;

/// <summary>A roadmap that puts everything with one party says so in words (docs/ROADMAP.md "Concentration").</summary>
public class TheProjectionSaysWhenConcentrationRises
{
    [Fact]
    public void MovingEverythingToOneEuPartyRaisesBothIndicesAndSaysSo()
    {
        // As in ProjectingTheRoadmap: before, US Corp carries 6.5 of 8 weight and EU Vendor 1.5 (HHI 6,953.125); after the
        // identity service moves to eu-app, EU Vendor and EU Cloud carry everything (HHI 10,000).
        var idp = Service("Idp", "us-idp", ["p1"]);
        var app = Service("App", "eu-app", ["p2"]);
        var roadmap = Plan(Board([idp, app], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id)), 1, Move(idp));

        Assert.Equal(
            [
                new ConcentrationRises(ConcentrationParties.UltimateParents, LocalizedText.Same("EU Vendor B.V."), 1.0, 6953.125, 10_000),
                new ConcentrationRises(ConcentrationParties.HostingProviders, LocalizedText.Same("EU Cloud"), 1.0, 6953.125, 10_000),
            ],
            roadmap.Concentration);
    }

    [Fact]
    public void TheSentenceNamesTheShareThePartyAndBothIndices()
    {
        var rise = new ConcentrationRises(ConcentrationParties.HostingProviders, LocalizedText.Same("SURF"), 0.62, 2_100, 4_800);

        Assert.Equal(
            "Na dit plan draait 62% van de diensten (gewogen naar proceskritikaliteit) bij één hostingpartij (SURF); " +
            "de concentratie-index (HHI) van hostingpartijen stijgt van 2.100 naar 4.800.",
            ReasonText.Render(rise, ReasonText.Dutch));
        Assert.Equal(
            "After this plan 62% of the services (weighted by process criticality) run at one hosting provider (SURF); " +
            "the concentration index (HHI) of hosting providers rises from 2,100 to 4,800.",
            ReasonText.Render(rise, ReasonText.English));
    }

    [Fact]
    public void SpreadingTheBoardOverMorePartiesSaysNothing()
    {
        // Before: both services at US Corp (HHI 10,000). After one moves to the EU: two parties, the index falls.
        var a = Service("A", "us-app-nl", ["p1"]);
        var b = Service("B", "us-app-nl", ["p1"]);

        var roadmap = Plan(Board([a, b]), 1, Move(a));

        Assert.True(roadmap.After.ParentHhi < roadmap.Before.ParentHhi);
        Assert.Empty(roadmap.Concentration);
    }

    [Fact]
    public void ARiseOfAHundredPointsOrLessIsNoise()
    {
        var before = new Projection(0, [0, 0, 0, 0, 0], 5_000, 5_000, LocalizedText.Same("A"), 0.5, LocalizedText.Same("X"), 0.5);

        Assert.Empty(Projection.ConcentrationRisesBetween(before, before with { ParentHhi = 5_100, ProviderHhi = 5_050 }));
        Assert.Single(Projection.ConcentrationRisesBetween(before, before with { ParentHhi = 5_101 }));
    }
}
