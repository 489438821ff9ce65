using Regie.Core.Discovery;
using Regie.Core.Explaining;

namespace Regie.Core.Tests.Discovery;

public sealed class JudgingTheBoardsOwnDomains
{
    private static readonly OwnDomainEvidence Linde = new(
        [new RegisterWebsite("Stichting De Linde", "https://www.stichting-linde.nl/over-ons"), new RegisterWebsite("OBS De Eik", "www.obs-de-eik.nl"), new RegisterWebsite("OBS Zonder Site", "geen")],
        ["ict@lindescholen.nl", "geen-adres"],
        ["linde-cloud.eu"]);

    [Fact]
    public void ASchoolsWebsiteInTheRegisterAndTheNamesUnderItAreOwn()
    {
        var school = OwnDomains.Judge("obs-de-eik.nl", Linde);
        var under = OwnDomains.Judge("mail.obs-de-eik.nl", Linde);

        Assert.True(school.IsOwn);
        Assert.Equal(new DomainIsRegisterWebsite("obs-de-eik.nl", "obs-de-eik.nl", "OBS De Eik"), school.Why);
        Assert.True(under.IsOwn);
        Assert.Equal("mail.obs-de-eik.nl hoort bij de website obs-de-eik.nl van OBS De Eik in het DUO-register", ReasonText.Render(under.Why));
    }

    [Fact]
    public void TheBoardsOwnWebsiteCountsWithoutItsPathOrWww() =>
        Assert.IsType<DomainIsRegisterWebsite>(OwnDomains.Judge("stichting-linde.nl", Linde).Why);

    [Fact]
    public void AMembersEmailDomainIsOwn()
    {
        var judged = OwnDomains.Judge("lindescholen.nl", Linde);

        Assert.True(judged.IsOwn);
        Assert.Equal(new DomainIsMemberMailDomain("lindescholen.nl", "lindescholen.nl"), judged.Why);
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("hotmail.com")]
    [InlineData("ziggo.nl")]
    public void AMembersAddressAtAMailboxAnybodyCanOpenMakesNoDomainOwn(string open)
    {
        var withPrivateAddress = Linde with { MemberEmails = [.. Linde.MemberEmails, $"directeur.linde@{open}"] };

        Assert.False(OwnDomains.Judge(open, withPrivateAddress).IsOwn);
        Assert.True(OwnDomains.Judge("lindescholen.nl", withPrivateAddress).IsOwn);
    }

    [Fact]
    public void AnApprovedDomainAndTheNamesUnderItAreOwn() =>
        Assert.Equal(new DomainApprovedForBoard("login.linde-cloud.eu", "linde-cloud.eu"), OwnDomains.Judge("login.linde-cloud.eu", Linde).Why);

    [Fact]
    public void AParentOfAnOwnDomainOrANameThatOnlyEndsTheSameIsNotOwn()
    {
        Assert.False(OwnDomains.Judge("nl", Linde).IsOwn);
        Assert.False(OwnDomains.Judge("andere-obs-de-eik.nl", Linde).IsOwn);
        Assert.False(OwnDomains.Judge("cloud.eu", Linde).IsOwn);
    }

    [Fact]
    public void AForeignDomainIsRefusedWithAMessageNamingItAndHowToGetItApproved()
    {
        var judged = OwnDomains.Judge("vreemde-school.nl", Linde);

        Assert.False(judged.IsOwn);
        Assert.Equal(new DomainNotTheBoardsOwn("vreemde-school.nl"), judged.Why);
        Assert.Equal(
            "vreemde-school.nl is niet aantoonbaar een domein van dit bestuur (geen website van het bestuur of zijn scholen in het DUO-register, " +
            "geen e-maildomein van een lid); vraag een systeembeheerder het domein goed te keuren op de pagina Ontdekken",
            ReasonText.Render(judged.Why));
        Assert.StartsWith("vreemde-school.nl is not shown to be this board's domain", ReasonText.Render(judged.Why, ReasonText.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m365-school.test")]
    [InlineData("school.example")]
    [InlineData("www.example.org")]
    public void NamesReservedForTestingAreNobodysAndMayBeDiscovered(string domain) =>
        Assert.Equal(new DomainReservedForTesting(domain), OwnDomains.Judge(domain, OwnDomainEvidence.None).Why);

    [Fact]
    public void WithoutEvidenceARealDomainIsForeign() =>
        Assert.Equal(["school.nl", "school.be"], OwnDomains.Foreign(["school.nl", "school.test", "school.be"], OwnDomainEvidence.None).Select(f => f.Domain));
}
