using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Planning;

public sealed class EstimatingMigrationEffort
{
    // TestWorld's catalog; the name Catalog would be read as the namespace Regie.Core.Catalog here.
    private static readonly KnowledgeCatalog Market = TestWorld.Catalog;

    private static readonly Product Idp = Market.ProductById["us-idp"] with
    {
        Category = "identiteit",
        Standards = Known<IReadOnlyList<string>>(["saml", "oidc"]),
    };

    private static readonly Product App = Market.ProductById["eu-app"];

    private static Service WithData(Service s, params string[] kinds) => s with { DataCategories = kinds };

    private static EffortEstimate Estimate(BoardLandscape board, Service service, Product? current, params string[] targetStandards) =>
        MigrationEffort.Estimate(board, service, current, targetStandards, Market, World.EffortRules);

    [Fact]
    public void AnIdentityServiceWithDependantsIsComputedByHand()
    {
        // Base identiteit 15; 1,300 users → ceil(2 × 1,300 / 500) / 2 = 3; three services sign in through it → 6;
        // one integration → 1; two kinds of data → 2, no open export known → +1. Subtotal 28; SAML shared → −15 % = −4.2.
        // Total 23.8 → 18 to 36 person-days (× 0.75 and × 1.5, rounded), medium.
        var idp = Service("Idp", "us-idp", ["p1"], pupils: 1200, tweak: s => WithData(s with { Staff = 100 }, "leerlinggegevens", "contact"));
        var apps = Enumerable.Range(1, 3).Select(i => Service($"App {i}", "eu-app", ["p2"])).ToArray();
        var other = Service("Other", "eu-app", ["p3"]);
        var board = Board([idp, .. apps, other],
            [.. apps.Select(a => new Dependency(a.Id, DependencyKind.SignsInThrough, idp.Id)), new Dependency(idp.Id, DependencyKind.IntegratesWith, other.Id)]);

        var effort = Estimate(board, idp, Idp, "saml");

        Assert.Equal(23.8, effort.Days, 6);
        Assert.Equal((18, 36, EffortSize.Medium), (effort.LowDays, effort.HighDays, effort.Size));
        Assert.Equal([15, 3, 6, 1, 2, 1, -4.2], effort.Parts.Select(p => Math.Round(p.Days, 6)));
        Assert.Contains(new ReconnectDependants(3), effort.Parts.Select(p => p.Why));
        Assert.Contains(effort.Parts, p => p.Why is SharedStandards { Standards: ["saml"] });
    }

    [Fact]
    public void NoSharedStandardCostsMoreThanASharedOne()
    {
        var idp = Service("Idp", "us-idp", ["p1"]);
        var board = Board([idp]);

        // Base 15 only: −15 % with a shared standard, +15 % with none shared, unchanged when the target's standards are unknown.
        Assert.Equal(
            (12.75, 17.25, 15.0),
            (Estimate(board, idp, Idp, "oidc").Days, Estimate(board, idp, Idp, "lti-1-3").Days, Estimate(board, idp, Idp).Days));
    }

    [Fact]
    public void OnlyAnExportInAnOpenFormatRemovesTheExtraForMovingData()
    {
        var none = Service("A", "eu-app", ["p1"], tweak: s => WithData(s, "contact"));
        var proprietary = none with { ExportFormats = ["pst"] };
        var open = none with { ExportFormats = ["csv"] };

        // Category "app" has no base of its own: 3 days; one kind of data 1 day; +0.5 unless an open format is known.
        Assert.Equal(
            (4.5, 4.5, 4.0),
            (Estimate(Board([none]), none, App).Days, Estimate(Board([proprietary]), proprietary, App).Days, Estimate(Board([open]), open, App).Days));
        var withOpen = Estimate(Board([open]), open, App);
        Assert.Equal((3, 6, EffortSize.Small), (withOpen.LowDays, withOpen.HighDays, withOpen.Size));
    }

    [Fact]
    public void EachNeighbourCountsOnce()
    {
        // B integrates both ways with A and also signs in through it: one dependant (2 days), no integration on top.
        // C integrates both ways: one integration (1 day). An edge to a service that is not on the board counts for nothing.
        var a = Service("A", "eu-app", ["p1"]);
        var b = Service("B", "eu-app", ["p1"]);
        var c = Service("C", "eu-app", ["p1"]);
        var gone = new ServiceId(Guid.NewGuid());
        var board = Board([a, b, c],
            new Dependency(b.Id, DependencyKind.SignsInThrough, a.Id), new Dependency(a.Id, DependencyKind.IntegratesWith, b.Id),
            new Dependency(b.Id, DependencyKind.IntegratesWith, a.Id), new Dependency(a.Id, DependencyKind.IntegratesWith, c.Id),
            new Dependency(c.Id, DependencyKind.IntegratesWith, a.Id), new Dependency(a.Id, DependencyKind.IntegratesWith, gone),
            new Dependency(a.Id, DependencyKind.IntegratesWith, a.Id));

        var effort = Estimate(board, a, App);

        Assert.Equal([3, 2, 1], effort.Parts.Select(p => p.Days));
    }

    [Fact]
    public void InstructionIsCappedAndTheSizeFollowsTheTopOfTheRange()
    {
        // 60,000 users would be 60 days of instruction; the cap is 10. Base 3 + 10 = 13 → 10 to 20, medium.
        var big = Service("Big", "eu-app", ["p1"], pupils: 60_000);
        var effort = Estimate(Board([big]), big, App);

        Assert.Equal([3, 10], effort.Parts.Select(p => p.Days));
        Assert.Equal((10, 20, EffortSize.Medium), (effort.LowDays, effort.HighDays, effort.Size));
    }

    [Fact]
    public void AServiceWithoutACatalogProductStartsFromTheSmallestBase()
    {
        var own = new Service(new ServiceId(Guid.NewGuid()), "Eigen app", null, ["p1"]);

        var effort = Estimate(Board([own]), own, null);

        var part = Assert.Single(effort.Parts);
        Assert.Equal(3, part.Days);
        Assert.Equal(new SetUpAndMove(null), part.Why);
        Assert.Equal((2, 5, EffortSize.Small), (effort.LowDays, effort.HighDays, effort.Size));
    }
}
