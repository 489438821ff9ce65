using Regie.Core.Landscape;
using Regie.Core.Observatory;
using static Regie.Core.Tests.Observatory.SmallSector;

namespace Regie.Core.Tests.Observatory;

/// <summary>The share of schools, boards and pupils per provider, worked out by hand on <see cref="SmallSector"/>.</summary>
public sealed class AggregatingAScan
{
    private static readonly SectorAttribution First = SectorAttribution.Of(Register, FirstScan);

    private static ProviderShare Mail(SummaryGroup group, ScanProvider provider) =>
        group.Areas.Single(a => a.Area == ScanArea.Mail).Providers.Single(p => p.Provider.Id == provider.Id);

    [Fact]
    public void SchoolsAndPupilsCountByTheSchoolsOwnDomain()
    {
        var overall = ScanSummary.Of(First).Overall;

        Assert.Equal((7, 3, 3000), (overall.Schools, overall.Boards, overall.Pupils));
        var microsoft = Mail(overall, MicrosoftMail);
        Assert.Equal((3, 2300), (microsoft.Schools, microsoft.Pupils)); // schools 1, 3, 4: 300 + 1200 + 800
        Assert.Equal(3.0 / 7, microsoft.SchoolShare, 9);
        Assert.Equal(2300.0 / 3000, microsoft.PupilShare, 9);
        Assert.Equal((2, 300), (Mail(overall, GoogleMail).Schools, Mail(overall, GoogleMail).Pupils)); // schools 2 and 5
        Assert.Equal((1, 250), (Mail(overall, SectorAttribution.NoneSeen).Schools, Mail(overall, SectorAttribution.NoneSeen).Pupils)); // school 7
        Assert.Equal((1, 150), (Mail(overall, SectorAttribution.NotMeasured).Schools, Mail(overall, SectorAttribution.NotMeasured).Pupils)); // school 6, no website
    }

    [Fact]
    public void ABoardCountsByItsOwnDomainElseByWhatMostOfItsSchoolsUse()
    {
        var boards = First.Boards.ToDictionary(b => b.Board.BoardNumber);

        // Board 1 has its own domain on GoogleMail although its schools split MicrosoftMail/GoogleMail.
        Assert.Equal((true, "google"), (boards["10001"].ByOwnDomain, boards["10001"].Providers[ScanArea.Mail].Id));
        // Board 2 has no website: two of its three schools use MicrosoftMail.
        Assert.Equal((false, "microsoft"), (boards["10002"].ByOwnDomain, boards["10002"].Providers[ScanArea.Mail].Id));
        // Board 3's domain does not exist; its one measured school shows no mail provider.
        Assert.Equal((false, SectorAttribution.NoneSeen.Id), (boards["10003"].ByOwnDomain, boards["10003"].Providers[ScanArea.Mail].Id));
        var overall = ScanSummary.Of(First).Overall;
        Assert.Equal((1, 1, 1), (Mail(overall, MicrosoftMail).Boards, Mail(overall, GoogleMail).Boards, Mail(overall, SectorAttribution.NoneSeen).Boards));
        Assert.Equal(1.0 / 3, Mail(overall, MicrosoftMail).BoardShare, 9);
    }

    [Fact]
    public void BoardPupilsAreTheSumOfTheirSchoolsAndSetTheSizeBand()
    {
        var boards = First.Boards.ToDictionary(b => b.Board.BoardNumber);

        Assert.Equal((500, BoardSize.Small), (boards["10001"].Pupils, boards["10001"].Size));
        Assert.Equal((2100, BoardSize.Medium), (boards["10002"].Pupils, boards["10002"].Size));
        Assert.Equal((400, BoardSize.Small), (boards["10003"].Pupils, boards["10003"].Size));
    }

    [Fact]
    public void BySizeBandSchoolsFollowTheirBoardsBand()
    {
        var groups = ScanSummary.Of(First, SummaryGrouping.Size).Groups;

        Assert.Equal(["Small", "Medium"], groups.Select(g => g.Key));
        var small = groups[0];
        Assert.Equal((4, 2, 900), (small.Schools, small.Boards, small.Pupils)); // schools 1, 2, 6, 7; boards 1 and 3
        Assert.Equal((1, 300, 0), (Mail(small, MicrosoftMail).Schools, Mail(small, MicrosoftMail).Pupils, Mail(small, MicrosoftMail).Boards));
        var medium = groups[1];
        Assert.Equal((2, 1, 2000), (Mail(medium, MicrosoftMail).Schools, Mail(medium, MicrosoftMail).Boards, Mail(medium, MicrosoftMail).Pupils));
    }

    [Fact]
    public void BySectorABoardCountsInEverySectorItHasASchoolIn()
    {
        var groups = ScanSummary.Of(First, SummaryGrouping.Sector).Groups.ToDictionary(g => g.Key);

        Assert.Equal((4, 2), (groups[nameof(Sector.Po)].Schools, groups[nameof(Sector.Po)].Boards));
        Assert.Equal((2, 1), (groups[nameof(Sector.Vo)].Schools, groups[nameof(Sector.Vo)].Boards));
        Assert.Equal((1, 1), (groups[nameof(Sector.So)].Schools, groups[nameof(Sector.So)].Boards));
        Assert.False(groups.ContainsKey(nameof(Sector.Mbo)));
        Assert.Equal(1.0, Mail(groups[nameof(Sector.So)], GoogleMail).SchoolShare);
    }

    [Fact]
    public void ByProvinceABoardWithoutOneTakesItsSchoolsProvince()
    {
        var groups = ScanSummary.Of(First, SummaryGrouping.Province).Groups.ToDictionary(g => g.Key);

        Assert.Equal(["Gelderland", "Noord-Holland", "Utrecht"], groups.Keys);
        Assert.Equal((2, 1), (groups["Gelderland"].Schools, groups["Gelderland"].Boards));
    }

    [Fact]
    public void SharesOfAGroupAddUpToOne()
    {
        var overall = ScanSummary.Of(First).Overall;

        Assert.All(overall.Areas, a =>
        {
            Assert.Equal(1.0, a.Providers.Sum(p => p.SchoolShare), 9);
            Assert.Equal(1.0, a.Providers.Sum(p => p.BoardShare), 9);
            Assert.Equal(1.0, a.Providers.Sum(p => p.PupilShare), 9);
        });
    }

    [Fact]
    public void TwoScansShowWhoMovedWhereAndAFailedLookUpIsNoMove()
    {
        var moves = ScanComparison.Compare(First, SectorAttribution.Of(Register, SecondScan));

        Assert.Equal(
            [
                new ProvidersMoved(ScanArea.Mail, "(none)", "Microsoft", 1, 1), // board 3 through school 7, school 7
                new ProvidersMoved(ScanArea.Mail, "Google", "Microsoft", 1, 1), // board 1 by its domain, school 2
            ],
            moves);
        Assert.Equal("1 bestuur en 1 school zijn met hun mail van Google naar Microsoft verhuisd", Regie.Core.Explaining.ReasonText.Render(moves[1]));
    }
}
