using Regie.Core.Landscape;
using Regie.Core.Observatory;
using static Regie.Core.Tests.Observatory.SmallSector;

namespace Regie.Core.Tests.Observatory;

public sealed class ComparingRegisterImports
{
    [Fact]
    public void ANewImportReportsNewClosedRenamedAndNewWebsites()
    {
        var before = new SectorRegister(
            [new RegisterBoard("10001", "Stichting Een", null, null, "bestuur1.nl"), new RegisterBoard("10009", "Stichting Oud", null, null, null)],
            [
                School("01AA00", "10001", Sector.Po, 100, "www.school1.nl"),
                School("01BB00", "10001", Sector.Po, 100, "school2.nl", name: "De Regenboog"),
                School("01CC00", "10001", Sector.Po, 100, "school3.nl"),
                School("01DD00", "10009", Sector.Po, 100, "school4.nl"),
            ]);
        var after = new SectorRegister(
            [new RegisterBoard("10001", "Stichting Een en Twee", null, null, "https://bestuur1.nl/"), new RegisterBoard("10002", "Stichting Nieuw", null, null, null)],
            [
                School("01AA00", "10001", Sector.Po, 120, "https://school1.nl/"), // same site written differently
                School("01BB00", "10001", Sector.Po, 100, "school2.nl", name: "De Zonnewijzer"),
                School("01CC00", "10001", Sector.Po, 100, "nieuweschool3.nl"),
                School("01EE00", "10002", Sector.Po, 100, null),
            ]);

        var changes = RegisterChanges.Compare(before, after);

        Assert.Equal(
            [
                new BoardRenamed("10001", "Stichting Een", "Stichting Een en Twee"),
                new BoardOpened("10002", "Stichting Nieuw"),
                new BoardClosed("10009", "Stichting Oud"),
                new SchoolRenamed("01BB00", "De Regenboog", "De Zonnewijzer"),
                new SchoolWebsiteChanged("01CC00", "School 01CC00", "school3.nl", "nieuweschool3.nl"),
                new SchoolOpened("01EE00", "School 01EE00"),
                new SchoolClosed("01DD00", "School 01DD00"),
            ],
            changes.Changes);
        Assert.Equal((1, 1, 2, 1, 1, 1), (changes.NewSchools, changes.ClosedSchools, changes.Renamed, changes.NewWebsites, changes.NewBoards, changes.ClosedBoards));
    }

    [Fact]
    public void TheSameRegisterTwiceChangesNothing() =>
        Assert.Empty(RegisterChanges.Compare(Register, Register).Changes);
}

public sealed class DerivingDomainsFromWebsites
{
    [Theory]
    [InlineData("www.school.nl", "school.nl")]
    [InlineData("https://www.School.NL/contact?x=1", "school.nl")]
    [InlineData("http://obs-de-zon.nl:8080", "obs-de-zon.nl")]
    [InlineData("info@bestuur.nl", "bestuur.nl")]
    [InlineData("sub.school.nl/", "sub.school.nl")]
    [InlineData("geen", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("http://192.168.1.1/", null)]
    [InlineData("www.school.nl www.tweede.nl", "school.nl")]
    public void TheDomainIsTheWebsiteWithoutSchemePathAndWww(string? website, string? domain) =>
        Assert.Equal(domain, RegisterDomains.FromWebsite(website));

    [Fact]
    public void ADomainSharedByManySchoolsIsScannedOnce()
    {
        var register = new SectorRegister(
            [new RegisterBoard("10001", "Stichting", null, null, "https://www.bestuur.nl/")],
            [School("01AA00", "10001", Sector.Po, 1, "bestuur.nl/school-a"), School("01BB00", "10001", Sector.Po, 1, "www.bestuur.nl/school-b"), School("01CC00", "10001", Sector.Po, 1, "eigen.nl")]);

        Assert.Equal(["bestuur.nl", "eigen.nl"], RegisterDomains.Of(register));
    }
}
