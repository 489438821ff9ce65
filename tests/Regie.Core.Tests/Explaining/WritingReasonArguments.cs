using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Explaining;

/// <summary>The arguments an API client reads beside a reason's code: plain JSON values, never C# type names.</summary>
public sealed class WritingReasonArguments
{
    [Fact]
    public void AValueInsideAReasonIsWrittenAsItsFields()
    {
        var path = new ServicePath("Magister", [new PathLink(DependencyKind.SignsInThrough, "Microsoft Entra ID")],
            new ChainHit([new ChainStep(ChainRole.UltimateParent, "Microsoft Corporation")], "US"));

        var args = ReasonArguments.Of(path, ReasonText.English);

        var link = Assert.IsType<Dictionary<string, object?>>(Assert.Single((object?[])args["links"]!));
        Assert.Equal(("signsInThrough", "Microsoft Entra ID"), (link["edge"], link["service"]));
        var cause = Assert.IsType<ReasonDocument>(args["cause"]);
        Assert.Equal("chainHit", cause.Code);
        var step = Assert.IsType<Dictionary<string, object?>>(Assert.Single((object?[])cause.Args["chain"]!));
        Assert.Equal(("ultimateParent", "Microsoft Corporation"), (step["role"], step["company"]));
    }

    [Fact]
    public void AValueThatSaysItselfIsWrittenAsItsText()
    {
        var args = ReasonArguments.Of(new PinnedByBoard(new Quarter(2028, 2)), ReasonText.Dutch);

        Assert.Equal("2028-Q2", args["quarter"]);
    }

    [Fact]
    public void ALocalizedArgumentIsWrittenInTheReadersLanguage()
    {
        var reason = new Regie.Core.Scoring.SealInherited("SOV-1", new LocalizedText("Strategisch", "Strategic"), 0, "Entra", DependencyKind.SignsInThrough);

        Assert.Equal("Strategic", ReasonArguments.Of(reason, ReasonText.English)["objective"]);
        Assert.Equal("Strategisch", ReasonArguments.Of(reason, ReasonText.Dutch)["objective"]);
    }
}
