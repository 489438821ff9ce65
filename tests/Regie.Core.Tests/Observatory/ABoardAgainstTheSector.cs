using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>A board's four figures beside the sector's and its peers' quartiles, only where k boards stand behind them.</summary>
public sealed class ABoardAgainstTheSector
{
    [Fact]
    public void QuartilesInterpolateBetweenRanksAsWorkedOutByHand()
    {
        // Positions (n − 1) × p over 10, 20, 30, 40: 0.75 → 17.5; 1.5 → 25; 2.25 → 32.5.
        Assert.Equal(new Quartiles(17.5, 25, 32.5), Quartiles.Of([40, 10, 30, 20]));
        Assert.Equal(new Quartiles(3, 5, 7), Quartiles.Of([1, 3, 5, 7, 9]));
        Assert.Equal(new Quartiles(4, 4, 4), Quartiles.Of([4]));
    }

    private static BoardFigures Score(double score) => new(3, score, 0.5, 5000, 0.2);

    [Fact]
    public void TheBoardSeesTheSectorsAndItsPeersQuartiles()
    {
        // Five small po boards (scores 10–50) and five medium po boards (scores 60–100), all in one province.
        var small = Enumerable.Range(1, 5).Select(i => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Small, 500, Score(i * 10))).ToArray();
        var medium = Enumerable.Range(6, 5).Select(i => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Medium, 2000, Score(i * 10))).ToArray();
        var analysis = new SectorAnalysis([.. small, .. medium]);

        var benchmark = analysis.Benchmark(small[1]);

        var score = benchmark.Figures.Single(f => f.Figure == BoardFigure.Score);
        Assert.Equal(20, score.Board);
        // Sector: 10…100, positions 2.25, 4.5, 6.75 → 32.5, 55, 77.5. Peers: 10…50 → 20, 30, 40.
        Assert.Equal(new Quartiles(32.5, 55, 77.5), Assert.IsType<Published<Quartiles>>(score.Sector).Value);
        Assert.Equal(new Quartiles(20, 30, 40), Assert.IsType<Published<Quartiles>>(score.Peers).Value);
        Assert.Equal(new CellKey(CellDimension.SectorBySize, SectorGroup.Po, null, BoardSize.Small), benchmark.Peers);
        Assert.Equal(10, Assert.IsType<Published<Quartiles>>(score.Sector).Definition.Boards);
    }

    [Fact]
    public void WithFewerThanKPeersThePeerComparisonIsWithheld()
    {
        var small = Enumerable.Range(1, 4).Select(i => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Small, 500, Score(i * 10))).ToArray();
        var medium = Enumerable.Range(6, 6).Select(i => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Medium, 2000, Score(i * 10))).ToArray();
        var analysis = new SectorAnalysis([.. small, .. medium]);

        var score = analysis.Benchmark(small[0]).Figures.Single(f => f.Figure == BoardFigure.Score);

        Assert.IsType<Withheld<Quartiles>>(score.Peers);
        Assert.True(score.Sector.IsPublished);
    }

    [Fact]
    public void ABoardWithoutAFigureIsLeftOutOfItsQuartiles()
    {
        var boards = Enumerable.Range(1, 6).Select(i => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Small, 500,
            new BoardFigures(1, i * 10, i == 6 ? null : 0.1 * i, 1000, 0))).ToArray();

        var failing = new SectorAnalysis(boards).Benchmark(boards[5]).Figures.Single(f => f.Figure == BoardFigure.FailingShare);

        Assert.Null(failing.Board);
        Assert.Equal(0.3, Assert.IsType<Published<Quartiles>>(failing.Sector).Value.Median, 9);
    }
}
