using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

public class InheritanceTests
{
    private static Service FullyAnsweredEuApp(string name) =>
        Service(name, "eu-app", ["p1"], tweak: s => s with { OpenSource = Tri.Yes, Overrides = [new AnswerOverride("A.open", 1, "ok")] });

    [Fact]
    public void ServiceSigningInThroughUsIdentityProviderIsCappedOnInheritedObjectivesOnly()
    {
        // Own: SOV2 = 1.0 (SEAL 4), SOV6 = 1.0. Idp: SOV2 = (0 + 0) / 2 = 0, SEAL 1.
        // Capped SOV2 = 0 ⇒ score = 100 × (60 × 0 + 40 × 1) / 100 = 40, SEAL 1; SOV6 is not inherited and stays 1.0.
        var app = FullyAnsweredEuApp("App");
        var idp = Service("Idp", "us-idp", ["p1"]);

        var board = BoardAssessor.Assess(Board([app, idp], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id)), World);
        var result = board.For(app.Id)!;

        Assert.Equal(40, result.Sovereignty.Score, 6);
        Assert.Equal(1, result.Sovereignty.Seal);
        var legal = result.Sovereignty.Objectives.Single(o => o.Objective.Id == "SOV2");
        Assert.Equal(1.0, legal.OwnScore, 6);
        Assert.Equal(0.0, legal.Score, 6);
        Assert.Equal(idp.Id, legal.Cap!.FromService);
        Assert.Equal(DependencyKind.SignsInThrough, legal.Cap.Edge);
        Assert.Equal(1.0, result.Sovereignty.Objectives.Single(o => o.Objective.Id == "SOV6").Score, 6);
        var binding = Assert.Single(result.Sovereignty.Binding);
        Assert.NotNull(binding.Cap);
        Assert.Equal(DependencyKind.SignsInThrough, Assert.IsType<SealInherited>(binding.Why).Edge);
    }

    [Fact]
    public void CapsCarryThroughChainsOfHostingAndSignIn()
    {
        // top → hosted on middle → signs in through idp: top inherits the idp's SOV2 through middle.
        var top = FullyAnsweredEuApp("Top");
        var middle = FullyAnsweredEuApp("Middle");
        var idp = Service("Idp", "us-idp", ["p1"]);

        var board = BoardAssessor.Assess(Board([top, middle, idp],
            new Dependency(top.Id, DependencyKind.HostedOn, middle.Id),
            new Dependency(middle.Id, DependencyKind.SignsInThrough, idp.Id)), World);

        Assert.Equal(40, board.For(top.Id)!.Sovereignty.Score, 6);
        Assert.Equal(40, board.For(middle.Id)!.Sovereignty.Score, 6);
    }

    [Fact]
    public void IntegrationsDoNotCap()
    {
        var app = FullyAnsweredEuApp("App");
        var idp = Service("Idp", "us-idp", ["p1"]);

        var board = BoardAssessor.Assess(Board([app, idp], new Dependency(app.Id, DependencyKind.IntegratesWith, idp.Id)), World);

        Assert.Equal(100, board.For(app.Id)!.Sovereignty.Score, 6);
    }

    [Fact]
    public void SignInCycleEndsWithTheLowestOfTheCycle()
    {
        var a = FullyAnsweredEuApp("A");
        var b = Service("B", "us-idp", ["p1"]);

        var board = BoardAssessor.Assess(Board([a, b],
            new Dependency(a.Id, DependencyKind.SignsInThrough, b.Id),
            new Dependency(b.Id, DependencyKind.SignsInThrough, a.Id)), World);

        Assert.Equal(40, board.For(a.Id)!.Sovereignty.Score, 6);
        Assert.Equal(0, board.For(b.Id)!.Sovereignty.Score, 6);
    }

    [Fact]
    public void HostingOnUsCloudExposesAnEuVendorToForeignAccess()
    {
        var board = BoardAssessor.Assess(Board([Service("App", "eu-app-on-us", ["p1"])]), World);
        var access = Assert.Single(board.Services.Single().ForeignAccess);

        Assert.Equal("US Corp Inc.", access.CompanyName);
        Assert.Equal(ForeignAccessRole.Hosting, access.Through);
    }
}
