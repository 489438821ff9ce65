using Regie.Core.Landscape;
using Regie.Core.Planning;
using static Regie.Core.Tests.Planning.PlanningWorld;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Planning;

public class SequencingTheRoadmap
{
    [Fact]
    public void TheIdentityServiceMovesBeforeTheServicesThatSignInThroughIt()
    {
        var idp = Service("Idp", "us-idp", ["p2"]);
        var urgent = Service("Urgent", "us-app-nl", ["p1"], 900);
        var other = Service("Other", "us-app-nl", ["p3"]);
        var board = Board([urgent, other, idp],
            new Dependency(urgent.Id, DependencyKind.SignsInThrough, idp.Id), new Dependency(other.Id, DependencyKind.SignsInThrough, idp.Id));

        var roadmap = Plan(board, 5, Move(urgent), Move(other), Move(idp));

        Assert.Equal(Start, QuarterOf(roadmap, idp));
        Assert.Equal(Start.Plus(1), QuarterOf(roadmap, urgent));
        Assert.Equal(Start.Plus(1), QuarterOf(roadmap, other));
        Assert.Contains(new AfterPrerequisite("Idp", DependencyKind.SignsInThrough, QuarterOf(roadmap, idp)), StepOf(roadmap, urgent).Why);
        Assert.Equal(["Other", "Urgent"], Assert.Single(StepOf(roadmap, idp).Why.OfType<BeforeDependants>()).Dependants);
        Assert.Empty(roadmap.Problems);
    }

    [Fact]
    public void AHostingServiceMovesBeforeWhatIsHostedOnIt()
    {
        var platform = Service("Platform", "us-app-nl", ["p3"]);
        var app = Service("App", "us-app-nl", ["p1"], 900);
        var board = Board([app, platform], new Dependency(app.Id, DependencyKind.HostedOn, platform.Id));

        var roadmap = Plan(board, 3, Move(app), Move(platform));

        Assert.True(QuarterOf(roadmap, platform) < QuarterOf(roadmap, app));
        Assert.Contains(StepOf(roadmap, app).Why, r => r is AfterPrerequisite { Prerequisite: "Platform", Edge: DependencyKind.HostedOn });
    }

    [Fact]
    public void AnIntegrationDoesNotOrderTheMoves()
    {
        var a = Service("A", "us-app-nl", ["p1"]);
        var b = Service("B", "us-app-nl", ["p2"]);
        var board = Board([a, b], new Dependency(a.Id, DependencyKind.IntegratesWith, b.Id));

        var roadmap = Plan(board, 2, Move(a), Move(b));

        Assert.Equal(QuarterOf(roadmap, a), QuarterOf(roadmap, b));
    }

    [Fact]
    public void NoQuarterHoldsMoreMovesThanTheCapacity()
    {
        var services = Enumerable.Range(1, 5).Select(i => Service($"S{i}", "us-app-nl", ["p2"])).ToArray();

        var roadmap = Plan(Board(services), 2, [.. services.Select(s => Move(s))]);

        Assert.Equal([2, 2, 1], roadmap.Quarters.Select(q => q.Steps.Count));
        Assert.Equal([Start, Start.Plus(1), Start.Plus(2)], roadmap.Quarters.Select(q => q.Quarter));
        Assert.Equal(5, roadmap.Steps.Select(s => s.Move.Id).Distinct().Count());
    }

    [Fact]
    public void AMoveIsPlacedNoLaterThanTheQuarterItsContractEnds()
    {
        // Capacity 1: the urgent move without a contract end waits for the one whose contract ends in the second quarter.
        var urgent = Service("Urgent", "us-app-nl", ["p1"], 900);
        var ending = Service("Ending", "us-app-nl", ["p3"], tweak: s => s with { ContractEnd = new DateOnly(2027, 5, 31) });

        var roadmap = Plan(Board([urgent, ending]), 1, Move(urgent), Move(ending));

        Assert.True(QuarterOf(roadmap, ending) <= new Quarter(2027, 2));
        Assert.Contains(new BeforeContractEnd(new DateOnly(2027, 5, 31)), StepOf(roadmap, ending).Why);
    }

    [Fact]
    public void WhenTheCapacityIsFullAMoveGoesPastItsContractEndAndSaysWhy()
    {
        var a = Service("A", "us-app-nl", ["p1"], tweak: s => s with { ContractEnd = new DateOnly(2027, 2, 1) });
        var b = Service("B", "us-app-nl", ["p2"], tweak: s => s with { ContractEnd = new DateOnly(2027, 2, 1) });

        var roadmap = Plan(Board([a, b]), 1, Move(a), Move(b));

        var late = roadmap.Steps.Single(s => s.Quarter == Start.Plus(1));
        Assert.Contains(late.Why, r => r is LaterThanContractEndCapacity { Capacity: 1 });
        var onTime = roadmap.Steps.Single(s => s.Quarter == Start);
        Assert.Contains(onTime.Why, r => r is AtContractEnd);
    }

    [Fact]
    public void AServiceOthersWaitForIsPulledForwardOfItsOwnContractEnd()
    {
        var idp = Service("Idp", "us-idp", ["p2"], tweak: s => s with { ContractEnd = new DateOnly(2028, 12, 31) });
        var app = Service("App", "us-app-nl", ["p1"], tweak: s => s with { ContractEnd = new DateOnly(2027, 8, 31) });
        var filler = Enumerable.Range(1, 4).Select(i => Service($"F{i}", "us-app-nl", ["p1"], 2000)).ToArray();
        var board = Board([app, idp, .. filler], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));

        var roadmap = Plan(board, 2, [Move(app), Move(idp), .. filler.Select(f => Move(f))]);

        Assert.True(QuarterOf(roadmap, idp) <= new Quarter(2027, 2));
        Assert.True(QuarterOf(roadmap, app) <= new Quarter(2027, 3));
        Assert.Contains(StepOf(roadmap, idp).Why, r => r is EarlierForDependant { Dependant: "App" });
    }

    [Fact]
    public void AContractThatEndedBeforeTheStartIsDueAtOnceAndSaysSo()
    {
        var idp = Service("Idp", "us-idp", ["p2"]);
        var app = Service("App", "us-app-nl", ["p1"], tweak: s => s with { ContractEnd = new DateOnly(2026, 7, 31) });
        var board = Board([app, idp], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));

        var roadmap = Plan(board, 2, Move(app), Move(idp));

        Assert.Equal(Start.Plus(1), QuarterOf(roadmap, app));
        var ended = Assert.Single(StepOf(roadmap, app).Why.OfType<ContractEndedBeforeStart>());
        Assert.Equal(new DateOnly(2026, 7, 31), ended.ContractEnd);
        Assert.Equal(["Idp"], ended.After);
        Assert.DoesNotContain(StepOf(roadmap, app).Why, r => r is LaterThanContractEndCapacity or LaterThanContractEndWaiting);
    }

    [Fact]
    public void APinnedMoveStaysInItsQuarter()
    {
        var a = Service("A", "us-app-nl", ["p1"], 900);
        var b = Service("B", "us-app-nl", ["p3"]);

        var roadmap = Plan(Board([a, b]), 1, Move(a, pin: "2027-Q3"), Move(b));

        Assert.Equal(new Quarter(2027, 3), QuarterOf(roadmap, a));
        Assert.Equal(Start, QuarterOf(roadmap, b));
        Assert.Contains(new PinnedByBoard(new Quarter(2027, 3)), StepOf(roadmap, a).Why);
    }

    [Fact]
    public void APinThatBreaksADependencyIsReportedWithItsReason()
    {
        var idp = Service("Idp", "us-idp", ["p2"]);
        var app = Service("App", "us-app-nl", ["p1"]);
        var board = Board([app, idp], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));
        var appMove = Move(app, pin: "2027-Q1");

        var roadmap = Plan(board, 2, appMove, Move(idp));

        Assert.Equal(Start, QuarterOf(roadmap, app));
        var problem = Assert.Single(roadmap.Problems);
        Assert.Equal(appMove.Id, problem.MoveId);
        var broken = Assert.IsType<PinBreaksDependency>(problem.Problem);
        Assert.Equal(("App", "Idp", DependencyKind.SignsInThrough), (broken.Service, broken.Prerequisite, broken.Edge));
    }

    [Fact]
    public void ACycleIsReportedAndEveryMoveIsStillPlacedOnce()
    {
        var a = Service("A", "us-app-nl", ["p1"]);
        var b = Service("B", "us-app-nl", ["p2"]);
        var c = Service("C", "us-app-nl", ["p3"]);
        var board = Board([a, b, c],
            new Dependency(a.Id, DependencyKind.HostedOn, b.Id), new Dependency(b.Id, DependencyKind.SignsInThrough, a.Id),
            new Dependency(c.Id, DependencyKind.SignsInThrough, a.Id));

        var roadmap = Plan(board, 3, Move(a), Move(b), Move(c));

        var cycle = Assert.Single(roadmap.Problems);
        Assert.Equal(["A", "B"], Assert.IsType<DependencyCycle>(cycle.Problem).Services);
        Assert.Equal(3, roadmap.Steps.Count());
        Assert.True(QuarterOf(roadmap, a) < QuarterOf(roadmap, c));
    }

    [Fact]
    public void DoneAndDroppedMovesAreLeftOutAndDoneCountsAsAlreadyApplied()
    {
        var done = Service("Done", "us-app-nl", ["p1"]);
        var dropped = Service("Dropped", "us-app-nl", ["p2"]);
        var open = Service("Open", "us-app-nl", ["p3"]);
        var board = Board([done, dropped, open]);

        var withDone = Plan(board, 2, Move(done, state: MoveState.Done), Move(dropped, state: MoveState.Dropped), Move(open));
        var withoutDone = Plan(board, 2, Move(open));

        var step = Assert.Single(withDone.Steps);
        Assert.Equal(open.Id, step.Move.Service);
        Assert.Equal(2, withDone.SetAside.Count);
        Assert.Contains(withDone.SetAside, s => s.ServiceName == "Dropped" && s.Why is MoveDropped);
        Assert.True(withDone.Before.MeanScore > withoutDone.Before.MeanScore);
    }

    [Fact]
    public void ASecondMoveForTheSameServiceIsNotPlannedAndIsReported()
    {
        var a = Service("A", "us-app-nl", ["p1"]);

        var roadmap = Plan(Board([a]), 2, Move(a), Move(a, to: "us-idp"));

        Assert.Single(roadmap.Steps);
        Assert.Contains(roadmap.Problems, p => p.Problem is SecondMove { Service: "A" });
    }

    [Fact]
    public void AMoveToAnUnknownTargetIsPlacedButLeavesTheProjectionAsItWas()
    {
        var a = Service("A", "us-app-nl", ["p1"]);

        var roadmap = Plan(Board([a]), 1, Move(a, to: "bestaat-niet"));

        var quarter = Assert.Single(roadmap.Quarters);
        Assert.False(quarter.Steps[0].Target.IsKnown);
        Assert.Equal(roadmap.Before.MeanScore, quarter.After.MeanScore, 9);
    }

    [Fact]
    public void ACapacityBelowOneIsRefused()
    {
        var a = Service("A", "us-app-nl", ["p1"]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Plan(Board([a]), 0, Move(a)));
        Assert.Contains("Verhuizingen per kwartaal", error.Message);
    }
}
