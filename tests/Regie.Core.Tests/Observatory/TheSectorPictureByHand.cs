using Regie.Core.Graph;
using Regie.Core.Observatory;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Observatory;

/// <summary>The sector picture of six tiny boards, against figures worked out by hand (see <see cref="SectorWorld"/>).</summary>
public sealed class TheSectorPictureByHand
{
    private static readonly SectorPicture Picture = new SectorAnalysis(SectorWorld.SixContributions(), new DisclosureRule(5)).Picture(CellKey.All);

    private static T Value<T>(Disclosed<T> figure) => Assert.IsType<Published<T>>(figure).Value;

    [Fact]
    public void TheCellCountsItsBoardsPupilsAndSchools()
    {
        Assert.Equal(6, Value(Picture.Boards));
        Assert.Equal(3000, Value(Picture.Pupils));
        // Only three boards listed schools (2 + 1 + 3): fewer than five, so the figure is withheld.
        Assert.IsType<Withheld<int>>(Picture.Schools);
    }

    [Fact]
    public void PupilsAndEssentialProcessesRestingOnTheUltimateParentAddUpByHand()
    {
        var usCorp = Picture.Parties.Single(p => p.Kind == PartyKind.Parent && p.Id == "us-corp");

        Assert.Equal(5, Value(usCorp.Boards));
        Assert.Equal(400 + 600 + 200 + 350 + 700, Value(usCorp.Pupils));
        Assert.Equal(400 + 600 + 200 + 300 + 700, Value(usCorp.PupilsDirect));
        Assert.Equal(2250.0 / 3000, Value(usCorp.PupilShare), 9);
        Assert.Equal(5, Value(usCorp.CriticalProcesses));
        Assert.Equal(5.0 / 6, Value(usCorp.CriticalProcessShare), 9);
        Assert.Equal("p1", Assert.Single(usCorp.Processes).ProcessId);
        Assert.Equal(5, Value(usCorp.Processes[0].Boards));
        var definition = Assert.IsType<Published<int>>(usCorp.Pupils).Definition;
        Assert.Equal((SectorMeasure.PupilsResting, 5, 5), (definition.Measure, definition.Boards, definition.K));
    }

    [Fact]
    public void StaffRestingOnAPartyInAllAndDirectlyAddUpByHand()
    {
        // Five boards of 1,000 pupils and 100 staff each; on BigCo rest 10, 20, 30, 40 and 50 staff, of whom 5, 10, 30, 20 and
        // 25 through services of BigCo's own (the rest through a service they sign in through).
        var bigCo = BigCoWithStaff([(10, 5), (20, 10), (30, 30), (40, 20), (50, 25)]);

        Assert.Equal(150, Value(bigCo.Staff));
        Assert.Equal(90, Value(bigCo.StaffDirect));
        Assert.Equal(150.0 / 500, Value(bigCo.StaffShare), 9);
        Assert.Equal(90.0 / 500, Value(bigCo.StaffShareDirect), 9);
        Assert.Equal(SectorMeasure.StaffRestingDirectly, Assert.IsType<Published<int>>(bigCo.StaffDirect).Definition.Measure);
    }

    [Fact]
    public void StaffRestingDirectlyOnFewerThanKBoardsIsWithheldWhileTheTotalIsPublished()
    {
        // Only three of the five boards have staff on BigCo's own services.
        var bigCo = BigCoWithStaff([(10, 10), (20, 0), (30, 30), (40, 0), (50, 50)]);

        Assert.Equal(150, Value(bigCo.Staff));
        Assert.IsType<Withheld<int>>(bigCo.StaffDirect);
        Assert.IsType<Withheld<double>>(bigCo.StaffShareDirect);
    }

    private static PartyPicture BigCoWithStaff((int All, int Direct)[] staffOnBigCo)
    {
        var boards = staffOnBigCo.Select(staff => SectorWorld.ByHand(SectorGroup.Po, "Utrecht", BoardSize.Medium, 1000) with
        {
            Parties = [new PartyReliance(PartyKind.Parent, "bigco", "BigCo", 500, 500, staff.All, staff.Direct, ["p1"], ["p1"], 1, 1)],
        }).ToList();
        var picture = new SectorAnalysis(boards, new DisclosureRule(5)).Picture(CellKey.All);
        Assert.Equal(500, Value(picture.Staff));
        return picture.Parties.Single(p => p.Id == "bigco");
    }

    [Fact]
    public void TheHostingProviderAndTheCountryCarryTheSameFiveBoards()
    {
        Assert.Equal(5, Value(Picture.Parties.Single(p => p.Kind == PartyKind.Provider && p.Id == "us-cloud").Boards));
        Assert.Equal(5, Value(Picture.Parties.Single(p => p.Kind == PartyKind.Country && p.Id == "US").Boards));
    }

    [Fact]
    public void APartyFewerThanKBoardsUseIsNotNamedAtAll()
    {
        // EU Vendor: B1, B3, B4 and B5 — four boards.
        Assert.DoesNotContain(Picture.Parties, p => p.Id == "eu-vendor");
        Assert.DoesNotContain(Picture.Parties, p => p.Kind == PartyKind.Country && p.Id == "NL");
    }

    [Fact]
    public void TheSweepSaysHowManyBoardsPupilsAndProcessesAPartysOutageHits()
    {
        var outage = Picture.Scenarios.Single(s => s.Kind == TargetKind.Company && s.TargetId == "us-corp");

        Assert.Equal(5, Value(outage.Boards));
        Assert.Equal(400 + 600 + 200 + 350 + 700, Value(outage.PupilsAtLeast));
        Assert.Equal(5, Value(Assert.Single(outage.Processes, p => p.ProcessId == "p1").Boards));
        var headline = Assert.IsType<SectorScenarioHeadline>(outage.Headline);
        Assert.Equal((5, 2250), (headline.Boards, headline.Pupils));
        Assert.DoesNotContain(Picture.Scenarios, s => s.TargetId == "us-corp-nl");
    }

    [Fact]
    public void EachSealLevelIsTheSumOfTheBoardsOwnCountsWhereFiveBoardsHaveServicesAtIt()
    {
        var perBoard = SectorWorld.SixBoards().Select(b => BoardAssessor.Assess(b, TestWorld.World).Services).ToArray();

        Assert.Equal(8, Value(Picture.Seals.Services));
        for (var level = 0; level < 5; level++)
        {
            var counts = perBoard.Select(services => services.Count(s => s.Sovereignty.Seal == level)).ToArray();
            if (counts.Count(c => c > 0) >= 5)
            {
                Assert.Equal(counts.Sum(), Value(Picture.Seals.Proven[level]));
            }
            else
            {
                Assert.IsType<Withheld<int>>(Picture.Seals.Proven[level]);
            }

            var optimistic = perBoard.Select(services => services.Count(s => s.Sovereignty.OptimisticSeal == level)).ToArray();
            Assert.Equal(optimistic.Count(c => c > 0) >= 5, Picture.Seals.Optimistic[level].IsPublished);
        }

        Assert.Contains(Picture.Seals.Proven, l => l.IsPublished);
    }

    [Fact]
    public void TheConcentrationOverParentsSplitsEachEssentialProcessOverItsParents()
    {
        // Six essential processes (p1 at each board). B1, B2, B6: only US Corp. B3: only EU Vendor. B4 and B5: both, half each.
        // US Corp 3 + 1 = 4, EU Vendor 1 + 1 = 2, of 6: HHI = 10,000 × ((4/6)² + (2/6)²) = 5,555.6.
        var parents = Picture.Concentration.Single(c => c.Kind == PartyKind.Parent);

        Assert.Equal(10_000 * ((4.0 / 6 * (4.0 / 6)) + (2.0 / 6 * (2.0 / 6))), Value(parents.Hhi), 6);
        Assert.Equal(0, Value(parents.UnattributedShare));
    }

    [Fact]
    public void ABoardsFiguresAreItsDashboardsFigures()
    {
        var board = SectorWorld.SixBoards()[4];
        var contribution = BoardContribution.Of(board, TestWorld.World, SectorWorld.Utrecht);
        var assessment = BoardAssessor.Assess(board, TestWorld.World);

        Assert.Equal(assessment.Services.Average(s => s.Sovereignty.Score), contribution.Figures.Score);
        Assert.Equal(DependencyAnalysis.Analyse(board, TestWorld.World).ParentIndex.Hhi, contribution.Figures.Concentration);
        var withMinimum = assessment.Services.Where(s => s.Policy.Applies).ToArray();
        Assert.Equal((double)withMinimum.Count(s => !s.Policy.Passes) / withMinimum.Length, contribution.Figures.FailingShare);
        Assert.Equal((double)assessment.Services.Sum(s => s.Sovereignty.UnknownAnswers) / (2 * 3), contribution.Figures.UnknownShare);
    }

    [Fact]
    public void AContributionHoldsNoServiceName()
    {
        foreach (var (board, contribution) in SectorWorld.SixBoards().Zip(SectorWorld.SixContributions()))
        {
            var json = System.Text.Json.JsonSerializer.Serialize(contribution);
            Assert.All(board.Services, s => Assert.DoesNotContain(s.Name, json, StringComparison.Ordinal));
        }
    }
}
