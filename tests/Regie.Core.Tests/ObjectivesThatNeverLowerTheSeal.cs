using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

/// <summary>
/// In the shipped model every answer of SOV8 (Milieu) is SEAL-4: its points count in the score, but it never lowers the
/// SEAL, so "score 0, SEAL-4" is explained by a reason instead of looking like an error.
/// </summary>
public class ObjectivesThatNeverLowerTheSeal
{
    [Fact]
    public void Sov8IsExplainedOnEveryDemoServiceAndScoresZeroBesideSeal4OnSome()
    {
        var board = DemoBoard.Create(ShippedData.Knowledge);
        var objectives = BoardAssessor.Assess(board, ShippedData.Knowledge).Services.Select(s => s.Sovereignty.Objectives.Single(o => o.Objective.Id == "SOV8")).ToList();

        Assert.All(objectives, o =>
        {
            Assert.Equal(4, o.Seal);
            Assert.Equal(new ObjectiveNeverLowersSeal("SOV8", o.Objective.Name, 4), o.SealNeverLowered);
        });
        Assert.Contains(objectives, o => o.Score == 0);
    }

    [Fact]
    public void AnObjectiveWhoseAnswersHaveDifferentSealsHasNoSuchReason()
    {
        var board = DemoBoard.Create(ShippedData.Knowledge);
        var others = BoardAssessor.Assess(board, ShippedData.Knowledge).Services.SelectMany(s => s.Sovereignty.Objectives).Where(o => o.Objective.Id != "SOV8");

        Assert.All(others, o => Assert.Null(o.SealNeverLowered));
        Assert.All(BoardAssessor.Assess(Board([Service("App", "eu-app", ["p1"])]), World).Services.Single().Sovereignty.Objectives,
            o => Assert.Null(o.SealNeverLowered));
    }

    [Fact]
    public void TheReasonSaysSoInDutchAndEnglish()
    {
        var reason = new ObjectiveNeverLowersSeal("SOV8", new("Milieu", "Environmental"), 4);

        Assert.Equal("SOV8 Milieu telt mee in de score, maar verlaagt het SEAL-niveau nooit: elk antwoord hoort bij SEAL-4.", ReasonText.Render(reason, ReasonText.Dutch));
        Assert.Equal("SOV8 Environmental counts in the score but never lowers the SEAL level: every answer belongs to SEAL-4.", ReasonText.Render(reason, ReasonText.English));
    }
}
