using Regie.Core.Matching;

namespace Regie.Core.Tests.Matching;

public sealed class MatchingDomains
{
    [Theory]
    [InlineData("magister.net", "magister")]
    [InlineData("https://school.zportal.nl/app", "zermelo")]
    [InlineData("Zermelo Portal (zportal.nl)", "zermelo")]
    [InlineData("https://outlook.office.com/mail/", "exchange-online")]
    [InlineData("www.office.com", "microsoft-365")]
    [InlineData("kahoot.com", "kahoot")]
    [InlineData("stichting.sharepoint.com", "sharepoint-online")]
    [InlineData("meet.google.com", "google-meet")]
    [InlineData("https://forms.office.com/r/abc123", "microsoft-forms")]
    public void ADomainOrSubdomainPointsToItsProduct(string input, string expected) =>
        Assert.Equal(expected, LabelledNames.Matcher.Match(input).CatalogId);

    [Theory]
    [InlineData("calendar.google.com")]
    [InlineData("google.com")]
    [InlineData("example.org")]
    public void AnUnlistedDomainOfABigVendorIsNoMatch(string input) =>
        Assert.False(LabelledNames.Matcher.Match(input).IsMatch);

    [Fact]
    public void TheMostSpecificDomainWins() =>
        Assert.Equal(MatchMethod.Domain, LabelledNames.Matcher.Match("https://outlook.office.com/mail/").Method);
}
