using System.Text.RegularExpressions;
using Regie.Core.Explaining;
using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>Every reason of the sector picture reads in Dutch and in English, numbers in the reader's format.</summary>
public sealed partial class SectorReasonsRender
{
    public static TheoryData<Reason> Reasons()
    {
        var day = new DateOnly(2026, 12, 6);
        var data = new TheoryData<Reason>
        {
            new SuppressedBelowK(5), new SectorScenarioHeadline("US Corp", 12, 4_500, ["lesgeven"]),
            new FiguresOfRelease(day), new ReleaseRecomputed(day), new ReleaseWithdrawn(day, day.AddDays(3)), new TooFewBoardsForRelease(5),
            new TooFewBoardsChanged(1, 5, day), new TooFewBoardsChanged(3, 5, day), new NextReleaseFrom(day.AddDays(30)), new FirstReleaseAllowed(6),
            new ReleaseAllowed(0, day), new ReleaseAllowed(1, day), new ReleaseAllowed(7, day),
        };
        foreach (var measure in Enum.GetValues<SectorMeasure>())
        {
            data.Add(new SectorFigureDefinition(measure, 7, 5));
        }

        foreach (var figure in Enum.GetValues<BoardFigure>())
        {
            data.Add(new BoardFigureUndefined(figure));
        }

        foreach (var dimension in Enum.GetValues<CellDimension>())
        {
            foreach (var size in Enum.GetValues<BoardSize>())
            {
                data.Add(new CellName(dimension, SectorGroup.Mixed, CellKey.UnknownProvince, size));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void EveryReasonHasADutchAndAnEnglishTextWithoutDutchWordsInTheEnglish(Reason reason)
    {
        var dutch = ReasonText.Render(reason, ReasonText.Dutch);
        var english = ReasonText.Render(reason, ReasonText.English);

        Assert.False(string.IsNullOrWhiteSpace(dutch));
        Assert.DoesNotContain(Words().Matches(english).Select(m => m.Value.ToLowerInvariant()),
            w => w is "besturen" or "bestuur" or "leerlingen" or "niet" or "een" or "van" or "de" or "het" or "diensten" or "onbekend");
    }

    [Fact]
    public void AWithheldFigureSaysWhyAndShowsNoNumberButK()
    {
        Assert.Equal(
            "Niet gepubliceerd: dit cijfer berust op minder dan 5 besturen, of zou samen met andere gepubliceerde cijfers een cijfer van minder dan 5 besturen prijsgeven.",
            ReasonText.Render(new SuppressedBelowK(5), ReasonText.Dutch));
        Assert.StartsWith("Not published: this figure rests on fewer than 5 boards", ReasonText.Render(new SuppressedBelowK(5), ReasonText.English));
    }

    [Fact]
    public void TheScenarioSentenceCountsInTheReadersFormat()
    {
        var headline = new SectorScenarioHeadline("Microsoft", 1, 12_500, ["lesgeven", "e-mail"]);

        Assert.Equal("Als Microsoft onbeschikbaar werd: 1 bestuur, minstens 12.500 leerlingen; processen: lesgeven, e-mail.", ReasonText.Render(headline, ReasonText.Dutch));
        Assert.Equal("If Microsoft became unavailable: 1 board, at least 12,500 pupils; processes: lesgeven, e-mail.", ReasonText.Render(headline, ReasonText.English));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
