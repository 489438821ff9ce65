using Regie.Core.Exit;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Exit;

public class TestedExitPlanAsMitigation
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void APlanTestedWithinTwelveMonthsCountsAsYes()
    {
        Assert.Equal(Check.Yes, ExitPlans.TestedExitPlan(Check.Unknown, Today.AddDays(-30), Today));
        Assert.Equal(Check.Yes, ExitPlans.TestedExitPlan(Check.No, Today, Today));
        Assert.Equal(Check.Yes, ExitPlans.TestedExitPlan(Check.Unknown, Today.AddMonths(-12).AddDays(1), Today));
    }

    [Fact]
    public void AnOlderTestLeavesTheBoardsOwnAnswer()
    {
        Assert.Equal(Check.Unknown, ExitPlans.TestedExitPlan(Check.Unknown, Today.AddMonths(-12), Today));
        Assert.Equal(Check.Partly, ExitPlans.TestedExitPlan(Check.Partly, Today.AddDays(-400), Today));
        Assert.Equal(Check.No, ExitPlans.TestedExitPlan(Check.No, null, Today));
    }

    [Fact]
    public void ATestedPlanLowersTheUrgency()
    {
        // R = 1 + 4 · E · (1 − 0.7 · M): one check of six more lowers M by 1/6 and so the risk and the urgency.
        Service With(DateOnly? tested) => Service("App", "us-idp", ["p1"], tweak: s => s with
        {
            Id = new ServiceId(Guid.Parse("00000000-0000-0000-0000-000000000001")),
            Mitigation = new Mitigation(TestedExitPlan: ExitPlans.TestedExitPlan(Check.Unknown, tested, Today)),
        });

        var untested = BoardAssessor.Assess(Board([With(null)]), World).Services.Single();
        var tested = BoardAssessor.Assess(Board([With(Today.AddDays(-10))]), World).Services.Single();

        Assert.Equal(0, untested.Risk.Mitigation, 6);
        Assert.Equal(1.0 / 6, tested.Risk.Mitigation, 6);
        Assert.True(tested.Urgency.Value < untested.Urgency.Value, $"{tested.Urgency.Value} < {untested.Urgency.Value}");
    }
}
