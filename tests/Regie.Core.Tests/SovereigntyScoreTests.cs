using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

public class SovereigntyScoreTests
{
    private static ServiceAssessment AssessOne(Service service, string? profile = null) =>
        BoardAssessor.Assess(Board([service]), World, profile).Services.Single();

    [Fact]
    public void UnknownAnswersCountAsTheWorstAndTheRangeShowsTheBestCase()
    {
        // SOV2: parent EU → option 3 (1 pt, SEAL 4); open unknown → 0 pt, SEAL 1 ⇒ 0.5, SEAL 1. SOV6: unknown → 0, SEAL 2.
        // Score = 100 × (60 × 0.5 + 40 × 0) / 100 = 30; SEAL = min(1, 2) = 1. Best case: 100 and SEAL 4.
        var result = AssessOne(Service("App", "eu-app", ["p1"]));

        Assert.Equal(30, result.Sovereignty.Score, 6);
        Assert.Equal(1, result.Sovereignty.Seal);
        Assert.Equal(100, result.Sovereignty.OptimisticScore, 6);
        Assert.Equal(4, result.Sovereignty.OptimisticSeal);
        Assert.Equal(2, result.Sovereignty.UnknownAnswers);
        var binding = Assert.Single(result.Sovereignty.Binding);
        Assert.Equal("A.open", binding.CriterionId);
    }

    [Fact]
    public void BoardOverridesWinAndCarryTheirReason()
    {
        var service = Service("App", "eu-app", ["p1"], tweak: s => s with
        {
            OpenSource = Tri.Yes,
            Overrides = [new AnswerOverride("A.open", 1, "contract bekeken")],
        });

        var result = AssessOne(service);

        Assert.Equal(100, result.Sovereignty.Score, 6);
        Assert.Equal(4, result.Sovereignty.Seal);
        var open = result.Sovereignty.Objectives[0].Criteria.Single(c => c.Criterion.Id == "A.open");
        Assert.Equal(AnswerOrigin.Board, open.Origin);
        Assert.Equal(new BoardNote("contract bekeken"), open.Why);
        Assert.Equal(new CriterionExplained(open.Why, AnswerOrigin.Board, false), open.Explained);
    }

    [Fact]
    public void UsParentIsPrefilledAsTheWorstParentAnswer()
    {
        var result = AssessOne(Service("Idp", "us-idp", ["p1"]));
        var parent = result.Sovereignty.Objectives[0].Criteria.Single(c => c.Criterion.Id == "A.parent");

        Assert.Equal(0, parent.Option);
        Assert.Equal(AnswerOrigin.Prefilled, parent.Origin);
        Assert.Equal("US", Assert.IsType<ParentUnderForeignAccessLaw>(parent.Why).CountryCode);
        Assert.EndsWith("US Corp Inc.", ((ParentUnderForeignAccessLaw)parent.Why).Chain.Nl);
    }

    [Fact]
    public void EuSubsidiaryOfUsCorporationIsJudgedByItsUltimateParent()
    {
        var result = AssessOne(Service("Dochter", "us-app-nl", ["p1"]));
        var parent = result.Sovereignty.Objectives[0].Criteria.Single(c => c.Criterion.Id == "A.parent");

        Assert.Equal(0, parent.Option);
        Assert.Equal("US Corp Nederland B.V. → US Corp Inc.", Assert.IsType<ParentUnderForeignAccessLaw>(parent.Why).Chain.Nl);
    }

    [Fact]
    public void WeightProfileChangesTheScoreNotTheAnswers()
    {
        var service = Service("App", "eu-app", ["p1"]);

        // Flat profile: 100 × (50 × 0.5 + 50 × 0) / 100 = 25.
        Assert.Equal(25, AssessOne(service, "flat").Sovereignty.Score, 6);
        Assert.Equal(30, AssessOne(service, "p").Sovereignty.Score, 6);
    }

    [Fact]
    public void EssentialProcessBelowThresholdFailsThePolicyWithReasons()
    {
        var result = AssessOne(Service("App", "eu-app", ["p1"]));

        Assert.True(result.Policy.Applies);
        Assert.False(result.Policy.Passes);
        Assert.Contains(new SealBelowMinimum(1, 2), result.Policy.Why);
        Assert.Contains(new ScoreBelowMinimum(30, 60), result.Policy.Why);
    }

    [Fact]
    public void NonEssentialProcessCarriesNoThreshold()
    {
        var result = AssessOne(Service("App", "eu-app", ["p2"]));

        Assert.False(result.Policy.Applies);
        Assert.True(result.Policy.Passes);
    }

    [Fact]
    public void BoardThresholdPerProcessOverridesTheDefault()
    {
        var service = Service("App", "eu-app", ["p1"], tweak: s => s with { OpenSource = Tri.Yes, Overrides = [new AnswerOverride("A.open", 1, "ok")] });
        var strict = Board([service]) with { Processes = [Processes[0] with { MinScore = 101 }, Processes[1], Processes[2]] };

        var result = BoardAssessor.Assess(strict, World).Services.Single();

        Assert.False(result.Policy.Passes);
        Assert.Equal(101, result.Policy.MinScore);
    }
}
