using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Tests.Observatory;

/// <summary>A vendor's answer received for the sector is offered to each board that uses the product, with its provenance.</summary>
public sealed class SectorAnswersReachTheBoardsThatUseTheProduct
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static SectorVendorAnswer Answer(string subject, string topic, DateOnly on, string vendor = "us-corp") =>
        new(vendor, "US Corp Inc.", subject, topic, "2", "Volgens het contract van 2027.", on, "SIVON", "Vragenlijst sector 2027, ronde 1");

    [Fact]
    public void OnlyAnswersAboutTheBoardsProductsOrItsVendorsParentAreOffered()
    {
        var b1 = SectorWorld.SixBoards()[0];
        var answers = new[]
        {
            Answer("us-idp", "A.open", new(2027, 1, 10)),
            Answer("eu-app", "openSource", new(2025, 12, 1), "eu-vendor"),
            Answer("us-app-nl", "A.open", new(2027, 1, 10), "us-corp-nl"),
            Answer("us-corp", "ultimateParent", new(2027, 2, 1)),
        };

        var relevant = SectorAnswers.RelevantTo(b1, TestWorld.World, answers, Today);

        Assert.Equal(["eu-app/openSource", "us-corp/ultimateParent", "us-idp/A.open"], relevant.Select(r => r.Answer.Question.ToString()));
        Assert.False(relevant[0].Current);
        Assert.True(relevant[2].Current);
        Assert.Equal("B1 Mail", Assert.Single(relevant[2].Services).Name);
        Assert.Equal(("SIVON", "Vragenlijst sector 2027, ronde 1"), (relevant[2].Answer.ReceivedBy, relevant[2].Answer.Source));
    }

    [Fact]
    public void AnAcceptedAnswerBecomesTheBoardsOwnStatementAndIsThenHeld()
    {
        var answer = Answer("us-idp", "A.open", new(2027, 1, 10));
        var statement = answer.ToStatement();
        var b1 = SectorWorld.SixBoards()[0] with { VendorStatements = [statement] };

        var relevant = Assert.Single(SectorAnswers.RelevantTo(b1, TestWorld.World, [answer], Today));

        Assert.True(relevant.AlreadyHeld);
        Assert.Equal(new QuestionId("us-idp", "A.open"), statement.Question);
        Assert.Equal(("us-corp", "2", new DateOnly(2027, 1, 10)), (statement.VendorId, statement.Answer, statement.AnsweredOn));
    }
}
