using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Tests.Observatory;

/// <summary>Collective demand over the six tiny boards of <see cref="SectorWorld"/>, counted by hand, with k = 3.</summary>
public sealed class VraagmachtByHand
{
    private static readonly Vraagmacht Demand = new SectorAnalysis(SectorWorld.SixContributions(), new DisclosureRule(3)).Vraagmacht();

    private static int Value(Disclosed<int> figure) => Assert.IsType<Published<int>>(figure).Value;

    [Fact]
    public void AProductCountsItsBoardsSchoolsPupilsAndProcesses()
    {
        // us-idp: B1 (400 pupils, 2 schools), B2 (600, 1), B5 (300, 3).
        var idp = Demand.Products.Single(p => p.ProductId == "us-idp");

        Assert.Equal(3, Value(idp.Boards));
        Assert.Equal(400 + 600 + 300, Value(idp.Pupils));
        Assert.Equal(2 + 1 + 3, Value(idp.Schools));
        Assert.Equal(3, Value(Assert.Single(idp.Processes).Boards));
        Assert.Equal("us-corp", idp.VendorId);
    }

    [Fact]
    public void AVendorCountsTheBoardsWithAServiceOfItsOwn()
    {
        // EU Vendor: B1 (eu-app 300), B3 (800), B4 (eu-app-on-us 200), B5 (eu-app 350). US Corp: B1, B2, B5 through us-idp.
        var eu = Demand.Vendors.Single(v => v.VendorId == "eu-vendor");
        var us = Demand.Vendors.Single(v => v.VendorId == "us-corp");

        Assert.Equal(4, Value(eu.Boards));
        Assert.Equal(300 + 800 + 200 + 350, Value(eu.Pupils));
        Assert.Equal(3, Value(us.Boards));
        Assert.Equal(Demand.Vendors[0], eu);
        Assert.DoesNotContain(Demand.Vendors, v => v.VendorId == "us-corp-nl");
    }

    [Fact]
    public void ProductsUsedByFewerThanKBoardsAreNotNamed()
    {
        Assert.DoesNotContain(Demand.Products, p => p.ProductId is "eu-app-on-us" or "us-app-nl");
        Assert.Equal(["eu-app", "us-idp"], Demand.Products.Select(p => p.ProductId).Order());
    }

    [Fact]
    public void TheOpenQuestionsMostBoardsShareComeFirst()
    {
        // A.open has no prefill rule: asked of every product's vendor; B.source asks the product's open-source fact.
        var idpOpen = Demand.Questions.Single(q => q.Question.Id.Matches(new QuestionId("us-idp", "A.open")));

        Assert.Equal(3, Value(idpOpen.Boards));
        Assert.Contains(Demand.Questions, q => q.Question.Id.Matches(QuestionId.For("eu-app", FactTopic.OpenSource)));
        Assert.DoesNotContain(Demand.Questions, q => q.Question.ProductId == "us-app-nl");
        Assert.Equal(Demand.Questions.Select(q => Value(q.Boards)).OrderDescending(), Demand.Questions.Select(q => Value(q.Boards)));
    }
}
