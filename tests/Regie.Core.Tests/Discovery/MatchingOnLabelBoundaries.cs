using Regie.Core.Discovery;

namespace Regie.Core.Tests.Discovery;

public class MatchingOnLabelBoundaries
{
    [Theory]
    [InlineData("school-nl.mail.protection.outlook.com", "outlook.com", true)]
    [InlineData("school-nl.mail.protection.outlook.com.", "mail.protection.outlook.com", true)]
    [InlineData("OUTLOOK.COM", "outlook.com", true)]
    [InlineData("notoutlook.com", "outlook.com", false)]
    [InlineData("outlook.com.evil.test", "outlook.com", false)]
    [InlineData("com", "outlook.com", false)]
    [InlineData("ns-123.awsdns-45.org", "awsdns-*.org", true)]
    [InlineData("ns-123.awsdnsx45.org", "awsdns-*.org", false)]
    public void AHostMatchesAPatternOnlyOnWholeLabels(string host, string pattern, bool expected) =>
        Assert.Equal(expected, HostPattern.Matches(host, pattern));

    [Fact]
    public void ATxtPatternIsAPrefixNotASubstring()
    {
        var zoom = Assert.Single(DiscoveryTestData.Signatures.All, s => s.Id == "zoom-verification");

        Assert.True(zoom.Matches("ZOOM_verify_abc123"));
        Assert.False(zoom.Matches("v=spf1 ZOOM_verify_abc123"));
    }

    [Fact]
    public void ACnameSignatureWithALabelIgnoresOtherNames()
    {
        var entra = Assert.Single(DiscoveryTestData.Signatures.All, s => s.Id == "microsoft-entra-registration");

        Assert.True(entra.Matches("enterpriseregistration.windows.net", "enterpriseregistration"));
        Assert.False(entra.Matches("enterpriseregistration.windows.net", "www"));
    }

    [Fact]
    public void DmarcReportHostsAreReadFromRuaAndRuf()
    {
        var hosts = DomainClassifier.DmarcReportHosts("v=DMARC1; p=reject; rua=mailto:a@rua.proofpoint.com,mailto:b@school.test!10m; ruf=mailto:c@ruf.example.test").ToList();

        Assert.Equal(["rua.proofpoint.com", "school.test", "ruf.example.test"], hosts);
    }
}
