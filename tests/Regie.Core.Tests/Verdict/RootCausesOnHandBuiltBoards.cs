using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Verdict;

/// <summary>
/// Root causes, lifts, standings and the verdict on boards small enough to compute by hand (TestWorld: SOV2 60 %,
/// inherited, with A.parent and A.open; SOV6 40 % with B.source; the minimum for p1 is SEAL-2 and score 60).
/// </summary>
public class RootCausesOnHandBuiltBoards
{
    private static Service FullyAnswered(string name, string product) =>
        Service(name, product, ["p1"], tweak: s => s with { OpenSource = Tri.Yes, Overrides = [new AnswerOverride("A.open", 1, "ok")] });

    private static (BoardAssessment Assessment, BoardVerdict Verdict) Judge(BoardLandscape board, string? profile = null)
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(board, World, profile, cache);
        return (assessment, BoardVerdict.For(board, World, assessment, cache));
    }

    [Fact]
    public void AServiceHeldByItsSignInAndByItsOwnVendorIsNotLiftedByMovingTheSignInAlone()
    {
        // idp: A.parent US parent (seal 1, known), A.open unknown → SEAL 1, fails on known facts.
        // app (US Corp's Dutch branch) signs in through idp: its own A.parent is US-controlled too, so two causes hold it.
        // app2 (EU vendor, fully answered) signs in through idp: only the sign-in holds it (SOV2 capped to 0 ⇒ score 40, SEAL 1).
        var idp = Service("Idp", "us-idp", ["p1"]);
        var app = FullyAnswered("App", "us-app-nl");
        var app2 = FullyAnswered("App2", "eu-app");
        var board = Board([idp, app, app2],
            new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id), new Dependency(app2.Id, DependencyKind.SignsInThrough, idp.Id));

        var (assessment, verdict) = Judge(board);
        var causes = verdict.Causes.Causes;

        Assert.Equal(3, verdict.Causes.Failing);
        var signIn = causes.Single(c => c.Cause is ThroughDependency);
        Assert.Equal(new ThroughDependency(DependencyKind.SignsInThrough, idp.Id, "Idp"), signIn.Cause);
        Assert.Equal(new HashSet<ServiceId> { app.Id, app2.Id }, signIn.Held.Select(h => h.Id).ToHashSet());
        Assert.Equal([app2.Id], signIn.LiftedAtBest);
        Assert.Null(signIn.Replacement); // the catalog's only identity provider is the idp's own product: the edge is removed
        Assert.IsType<LiftIfDependencyGone>(signIn.WhatIf);

        var vendor = causes.Single(c => c.Cause is VendorParty);
        Assert.Equal(new VendorParty("us-corp", "US Corp Inc.", "US"), vendor.Cause);
        Assert.Equal(new HashSet<ServiceId> { idp.Id, app.Id }, vendor.Held.Select(h => h.Id).ToHashSet());
        Assert.Equal(0, vendor.LiftAtBest); // idp keeps its unknown A.open (SEAL 1), and app stays capped by it

        Assert.Same(signIn, causes[0]); // ranked by lift
        Assert.All(causes.Skip(1), c => Assert.Equal(0, c.LiftAtBest));
        Assert.Equal(Standing.FailsOnKnownFacts, assessment.For(app2.Id)!.Standing);
        Assert.Contains(app2.Id, signIn.ClearedOfKnownFailures);
    }

    [Fact]
    public void ThePlanTakesTheLiftingStepAndTheVerdictBeginsThere()
    {
        var idp = Service("Idp", "us-idp", ["p1"]);
        var app = FullyAnswered("App", "eu-app");
        var board = Board([idp, app], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));

        var (_, verdict) = Judge(board);

        var step = Assert.Single(verdict.Causes.Plan);
        Assert.Equal(new ThroughDependency(DependencyKind.SignsInThrough, idp.Id, "Idp"), step.Cause);
        Assert.Equal(1, step.Lift);
        Assert.Equal(StartAction.ReviewDependency, verdict.Start.Action);
        Assert.Equal(idp.Id.ToString(), verdict.Start.ServiceId);
        Assert.Contains(verdict.Sentences, s => s is DecisionPlan);
    }

    [Fact]
    public void OpenQuestionsLiftAtTheBestAnswerAndNothingAtTheWorst()
    {
        // Fully known except A.open: proven SEAL 1 (unknown counts as worst); at best everything is SEAL 4 and 100.
        var app = Service("App", "eu-app", ["p1"], tweak: s => s with { OpenSource = Tri.Yes });

        var (assessment, verdict) = Judge(Board([app]));

        Assert.Equal(Standing.Undetermined, assessment.For(app.Id)!.Standing);
        var open = Assert.Single(verdict.Causes.Causes);
        Assert.Equal(new OpenQuestions("eu-vendor", "EU Vendor B.V."), open.Cause);
        Assert.Equal(1, open.OpenQuestionCount);
        Assert.Equal(1, open.LiftAtBest);
        Assert.Equal(0, open.LiftAtWorst);
        Assert.Equal(1, open.BecomeProvenAtWorst);
        Assert.Equal(new StandingCounts(1, 1, 0, 0, 1), verdict.Counts);
    }

    [Fact]
    public void TheStandingsMeetAtTheirEdges()
    {
        // A.parent best (EU parent), A.open unknown, B.source "no" (0 points, SEAL 2).
        // Proven: SOV2 (1 + 0) / 2 = 0.5, SOV6 0 ⇒ 30, SEAL 1. Optimistic: SOV2 1, SOV6 0.
        // Profile p (60/40): optimistic 60, SEAL 2 ⇒ exactly the minimum: undetermined.
        // Profile flat (50/50): optimistic 50 ⇒ below the minimum even at best: fails on known facts.
        var edge = Service("Edge", "eu-app", ["p1"], tweak: s => s with { OpenSource = Tri.No });
        var board = Board([edge]);

        Assert.Equal(Standing.Undetermined, BoardAssessor.Assess(board, World, "p").For(edge.Id)!.Standing);
        Assert.Equal(Standing.FailsOnKnownFacts, BoardAssessor.Assess(board, World, "flat").For(edge.Id)!.Standing);

        var meets = FullyAnswered("Meets", "eu-app");
        var outside = Service("No minimum", "us-idp", ["p2"]);
        var (assessment, verdict) = Judge(Board([meets, outside]));
        Assert.Equal(Standing.MeetsMinimum, assessment.For(meets.Id)!.Standing);
        Assert.Equal(Standing.MeetsMinimum, assessment.For(outside.Id)!.Standing); // no essential process: no minimum to fail
        Assert.Equal(new StandingCounts(2, 1, 1, 0, 0), verdict.Counts);
        Assert.Contains(verdict.Sentences, s => s is AllMeetTheirMinimum);
    }

    [Fact]
    public void AnEmptyBoardSaysItIsEmptyAndNotThatEverythingMeetsTheMinimum()
    {
        var (_, verdict) = Judge(Board([]));

        Assert.Equal([new BoardIsEmpty()], verdict.Sentences);
        Assert.Equal(StartAction.RegisterServices, verdict.Start.Action);
        Assert.Contains("nog geen diensten", ReasonText.Render(verdict.Sentences[0], ReasonText.Dutch));
    }

    [Fact]
    public void ABoardWithoutEssentialProcessesIsToldNoMinimumApplies()
    {
        var (_, verdict) = Judge(Board([Service("App", "us-idp", ["p2"])]));

        Assert.Equal([new NoMinimumApplies(1)], verdict.Sentences);
        Assert.Equal(StartAction.MarkEssentialProcesses, verdict.Start.Action);
        Assert.Equal("Geen van de 1 dienst ondersteunt een essentieel proces, dus er geldt nog geen minimumeis.",
            ReasonText.Render(verdict.Sentences[0], ReasonText.Dutch));
    }

    [Fact]
    public void EveryHeldServiceFailsAndEveryShortfallNamesItsCause()
    {
        var idp = Service("Idp", "us-idp", ["p1"]);
        var app = FullyAnswered("App", "us-app-nl");
        var board = Board([idp, app], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id));

        var (assessment, verdict) = Judge(board);

        foreach (var cause in verdict.Causes.Causes)
        {
            Assert.All(cause.Held, h => Assert.False(assessment.For(h.Id)!.Policy.Passes));
            Assert.All(cause.Held.SelectMany(h => h.Shortfalls), s => Assert.Equal(cause.Cause, s.Cause));
        }

        var capped = verdict.Causes.Causes.Single(c => c.Cause is ThroughDependency).Held.Single().Shortfalls.Single();
        Assert.Equal("SOV2", capped.ObjectiveId);
        Assert.Equal(idp.Id, capped.Cap!.FromService);
    }
}
