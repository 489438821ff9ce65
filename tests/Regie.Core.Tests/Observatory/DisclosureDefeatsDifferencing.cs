using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>
/// The k-anonymity attack of issue 15: Utrecht has k + 1 sharing boards, exactly one of them large. Publishing Utrecht and
/// Utrecht × small would give that one board's figures as a difference. The attacker below reads only published figures
/// and combines them (differences of nested cells, a cell minus its published finer cells, and those again); with the rule
/// every figure it can make rests on 0 or at least k boards, and without the rule it finds the one large board.
/// </summary>
public sealed class DisclosureDefeatsDifferencing
{
    private const int K = 5;
    private const int LargeBoardPupils = 9_000;

    /// <summary>Utrecht 5 small + 1 large; Gelderland 5 small + 5 large; Noord-Holland 5 small + 6 large. Every board relies on BigCo.</summary>
    private static IReadOnlyList<BoardContribution> Sector()
    {
        var boards = new List<BoardContribution>();
        void Add(string province, BoardSize size, int count, int pupils)
        {
            for (var i = 0; i < count; i++)
            {
                boards.Add(SectorWorld.ByHand(SectorGroup.Po, province, size, pupils + i, pupilsOnParty: pupils + i - 100));
            }
        }

        Add("Utrecht", BoardSize.Small, 5, 500);
        Add("Utrecht", BoardSize.Large, 1, LargeBoardPupils);
        Add("Gelderland", BoardSize.Small, 5, 600);
        Add("Gelderland", BoardSize.Large, 5, 7_000);
        Add("Noord-Holland", BoardSize.Small, 5, 700);
        Add("Noord-Holland", BoardSize.Large, 6, 8_000);
        return boards;
    }

    private sealed record Known(HashSet<int> Boards, double Value);

    /// <summary>
    /// Everything an attacker can compute from the published cells of one figure, two rounds deep: nested differences and
    /// cell-minus-published-finer-cells. Board sets are the test's ground truth, used only to judge what was found.
    /// </summary>
    private static List<Known> Attack(IReadOnlyList<BoardContribution> boards, SectorAnalysis analysis, Func<SectorPicture, Disclosed<int>> figure)
    {
        var known = new List<Known>();
        foreach (var cell in analysis.Cells)
        {
            if (figure(analysis.Picture(cell)) is Published<int> published)
            {
                known.Add(new Known([.. Enumerable.Range(0, boards.Count).Where(i => cell.Contains(boards[i].Place))], published.Value));
            }
        }

        for (var round = 0; round < 2; round++)
        {
            var found = new List<Known>();
            foreach (var a in known)
            {
                foreach (var b in known.Where(b => b.Boards.Count < a.Boards.Count && b.Boards.IsSubsetOf(a.Boards)))
                {
                    found.Add(new Known([.. a.Boards.Except(b.Boards)], a.Value - b.Value));
                }

                // A cell minus the disjoint known sets inside it (its published finer cells among them).
                var inside = known.Where(b => b.Boards.Count < a.Boards.Count && b.Boards.IsSubsetOf(a.Boards)).ToList();
                var union = new HashSet<int>();
                double sum = 0;
                foreach (var part in inside.OrderByDescending(p => p.Boards.Count))
                {
                    if (!part.Boards.Overlaps(union))
                    {
                        union.UnionWith(part.Boards);
                        sum += part.Value;
                    }
                }

                if (union.Count > 0)
                {
                    found.Add(new Known([.. a.Boards.Except(union)], a.Value - sum));
                }
            }

            known.AddRange(found.Where(f => !known.Any(k => k.Boards.SetEquals(f.Boards))).DistinctBy(f => string.Join(',', f.Boards.Order())));
        }

        return known;
    }

    private static int Smallest(List<Known> known) => known.Where(k => k.Boards.Count > 0).Min(k => k.Boards.Count);

    [Theory]
    [InlineData("pupils")]
    [InlineData("party")]
    [InlineData("boards")]
    public void NoCombinationOfPublishedCellsRestsOnFewerThanKBoards(string which)
    {
        var boards = Sector();
        var analysis = new SectorAnalysis(boards, new DisclosureRule(K));

        var known = Attack(boards, analysis, Figure(which));

        Assert.True(Smallest(known) >= K, $"a figure on {Smallest(known)} boards can be computed");
        Assert.Contains(known, k => k.Boards.Count == boards.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void InSeededRandomSectorsTheAttackFindsNothingUnderK(int seed)
    {
        var random = new Random(seed);
        string[] provinces = ["Utrecht", "Gelderland", "Zeeland"];
        var boards = Enumerable.Range(0, 45).Select(_ => SectorWorld.ByHand(
            random.Next(3) == 0 ? SectorGroup.Vo : SectorGroup.Po, provinces[random.Next(3)], (BoardSize)random.Next(3), random.Next(100, 20_000),
            pupilsOnParty: random.Next(2) == 0 ? random.Next(1, 100) : null)).ToList();
        var analysis = new SectorAnalysis(boards, new DisclosureRule(K));

        var pupils = Attack(boards, analysis, p => p.Pupils);
        var worst = pupils.Where(k => k.Boards.Count > 0).MinBy(k => k.Boards.Count)!;
        Assert.True(worst.Boards.Count >= K, string.Join(" | ", worst.Boards.Select(b => boards[b].Place)) + " published: "
            + string.Join("; ", analysis.Cells.Where(c => analysis.Picture(c).Pupils.IsPublished).Select(c => $"{c.Dimension} {c.Sector} {c.Province} {c.Size}")));
        var party = Attack(boards, analysis, Figure("party"));
        Assert.True(party.Count == 0 || party.Where(k => k.Boards.Count > 0).All(k => k.Boards.Count(b => boards[b].Parties.Count > 0) is 0 or >= K));
    }

    [Fact]
    public void WithoutTheRuleTheAttackFindsTheOneLargeBoard()
    {
        var boards = Sector();
        var analysis = new SectorAnalysis(boards, new DisclosureRule(K, GuardsDifferences: false));

        var known = Attack(boards, analysis, p => p.Pupils);

        Assert.Equal(1, Smallest(known));
        var large = boards.ToList().FindIndex(b => b.Place is { Province: "Utrecht", Size: BoardSize.Large });
        Assert.Contains(known, k => k.Boards.SetEquals([large]) && k.Value == LargeBoardPupils);
    }

    [Fact]
    public void ThePairFromTheIssueIsNotBothPublished()
    {
        var analysis = new SectorAnalysis(Sector(), new DisclosureRule(K));
        var utrecht = analysis.Picture(new CellKey(CellDimension.Province, Province: "Utrecht"));
        var utrechtSmall = analysis.Picture(new CellKey(CellDimension.ProvinceBySize, Province: "Utrecht", Size: BoardSize.Small));

        Assert.False(utrecht.Pupils.IsPublished && utrechtSmall.Pupils.IsPublished);
        Assert.IsType<Withheld<int>>(analysis.Picture(new CellKey(CellDimension.ProvinceBySize, Province: "Utrecht", Size: BoardSize.Large)).Pupils);
        var withheld = Assert.IsType<Withheld<int>>(utrechtSmall.Pupils);
        Assert.Equal(K, withheld.Reason.K);
    }

    [Fact]
    public void WithoutTheRuleOnlyCellsUnderKAreWithheld()
    {
        var analysis = new SectorAnalysis(Sector(), new DisclosureRule(K, GuardsDifferences: false));

        Assert.True(analysis.Picture(new CellKey(CellDimension.Province, Province: "Utrecht")).Pupils.IsPublished);
        Assert.True(analysis.Picture(new CellKey(CellDimension.ProvinceBySize, Province: "Utrecht", Size: BoardSize.Small)).Pupils.IsPublished);
    }

    [Fact]
    public void KIsAParameter()
    {
        var analysis = new SectorAnalysis(Sector(), new DisclosureRule(7));

        // Gelderland × large has five boards: enough for k = 5, not for k = 7.
        Assert.IsType<Withheld<int>>(analysis.Picture(new CellKey(CellDimension.ProvinceBySize, Province: "Gelderland", Size: BoardSize.Large)).Pupils);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRule(0));
    }

    private static Func<SectorPicture, Disclosed<int>> Figure(string which) => which switch
    {
        "pupils" => p => p.Pupils,
        "boards" => p => p.Boards,
        _ => p => p.Parties.FirstOrDefault(x => x.Id == "bigco")?.Pupils ?? new Withheld<int>(new SuppressedBelowK(K)),
    };
}
